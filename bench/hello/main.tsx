// The anchor of the cold-start benchmark: a hello-world React page built by the same Vite config.
import { createRoot } from 'react-dom/client';

function Hello() {
  return <h1 ref={() => { requestAnimationFrame(() => performance.mark("app:interactive")); }}>Hallo</h1>;
}

createRoot(document.getElementById('root')!).render(<Hello />);
