/**
 * The dashboard's own minimal input (学習状況): what the learner did, independent of how the
 * quiz stores its history. src/lib/study/from-history.ts adapts today's quiz History to it, so a
 * change of the stored history format changes only that adapter.
 * THIS FILE IS IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE (types and the catalog shape).
 */

/** What became of one question in one attempt. Not attempted is neither right nor wrong. */
export type Outcome = 'correct' | 'wrong' | 'unanswered';

export interface StudyAttempt {
	bankId: string;
	mode: 'practice' | 'exam' | 'review';
	/** Epoch ms. */
	finishedAt: number;
	/** The exam's estimated scaled score, for exam attempts (100–1000). */
	scaled?: number | undefined;
	/**
	 * `bankId` is the question's own bank when it differs from the attempt's (the 総合模擬試験
	 * draws from every bank), so its answers count toward that bank's mastery marks.
	 */
	questions: { id: string; domain: string; outcome: Outcome; bankId?: string }[];
}

/** A spaced-repetition card: when its question is due again. */
export interface DueCard {
	bankId: string;
	questionId: string;
	/** Epoch ms. */
	due: number;
}

export interface StudyInput {
	attempts: StudyAttempt[];
	/** Lesson slug → ISO date it was marked done. */
	lessonsDone: Record<string, string>;
	cards: DueCard[];
}

/** What the site offers, rendered into the page at build time. */
export interface StudyCatalog {
	/** In course order. */
	lessons: { slug: string; title: string }[];
	banks: {
		id: string;
		title: string;
		/** Question ids in bank order, with their exam domain and lessons. */
		questions: { id: string; domain: string; lessons: string[] }[];
	}[];
	/** The exam's domains, with their weights (percent of the exam). */
	domains: { id: string; title: string; weight: number }[];
	/** Questions on a full-length mock exam (SAA-C03: 65). */
	fullLength: number;
	passingScore: number;
}
