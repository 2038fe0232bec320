/**
 * The sync feature's access to the service: one SyncService per repository, running its slow work
 * in a Web Worker, and whether a job is running (every sync button is disabled meanwhile).
 */
import { useSyncExternalStore } from 'react';
import { useRepository } from '../../data/hooks';
import type { Repository } from '../../data/repository';
import { SyncService } from '../../data/syncService';
import { workerCodec } from '../../data/syncWorkerCodec';

const services = new WeakMap<Repository, SyncService>();

export function useSyncService(): SyncService {
  const repository = useRepository();
  let service = services.get(repository);
  if (!service) services.set(repository, (service = new SyncService(repository, workerCodec())));
  return service;
}

export function useSyncBusy(): boolean {
  const service = useSyncService();
  return useSyncExternalStore((notify) => service.subscribe(notify), () => service.busy);
}
