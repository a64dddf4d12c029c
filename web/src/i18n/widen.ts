/** A catalogue's shape with any strings: what the English side of a catalogue must match key for key. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
