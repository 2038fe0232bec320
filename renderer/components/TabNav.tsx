/** Section navigation as links (each section has its own URL, so a reload keeps it). */
export interface TabNavItem {
  readonly key: string;
  readonly label: string;
  readonly href: string;
}

export function TabNav({ label, items, current }: { readonly label: string; readonly items: readonly TabNavItem[]; readonly current: string }) {
  return (
    <nav aria-label={label} className="tab-nav">
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <a href={item.href} aria-current={item.key === current ? 'page' : undefined}>{item.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
