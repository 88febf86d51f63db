// Keeps the open UI in step with writes made elsewhere (the CLI, a second window): each `changed`
// event invalidates the queries that read what it names, as our own writes do.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { subscribeToEvents } from '../api/events.js';
import { applyChange } from './query-client.js';

export function useLiveUpdates(): void {
  const client = useQueryClient();
  useEffect(
    () =>
      subscribeToEvents((event) => {
        if (event.type === 'changed') void applyChange(client, event.topics);
      }),
    [client],
  );
}
