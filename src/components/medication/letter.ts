/** What a calculator page knows of the prescriber's letter (clinic.yaml `letters`), in its language. */
export interface LetterSettings {
	clinic: string;
	/** The clinic's own sentence for the doctor, if it wrote one. */
	note?: string | undefined;
}
