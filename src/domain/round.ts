// One processing round of one message, shared by the inline path, the queues and the store: the
// round is what makes a commit happen once (see pipeline/store-sink.ts).

/**
 * A message's row id and `gen`, the row's `attempts` when the round began. Finishing a message
 * increments `attempts`, so a retried or reprocessed message gets a new round (and new job ids) while
 * a second commit of the same round finds the round over and changes nothing.
 */
export interface MessageRound {
  rowId: number;
  gen: number;
}
