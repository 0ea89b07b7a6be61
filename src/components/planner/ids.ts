/** The id of a session's heading in the planner's answer, which takes focus once the session is moved. */
export const sessionHeadingId = (number: number) => `session-${number}`;
