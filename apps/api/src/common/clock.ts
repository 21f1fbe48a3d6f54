/** Time, as a dependency: everything time-dependent asks the Clock so tests can move it. */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock the tests set and advance by hand. */
export class FakeClock extends Clock {
  private current: number;
  constructor(start: Date = new Date('2026-01-05T09:00:00Z')) {
    super();
    this.current = start.getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  set(at: Date): void {
    this.current = at.getTime();
  }
  advance(ms: number): void {
    this.current += ms;
  }
}
