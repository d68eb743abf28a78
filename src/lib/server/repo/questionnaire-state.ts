import { sql } from 'drizzle-orm';
import { preparedQuery } from '../db/prepared';
import type { Db, Tx } from '../db';
import { assessments, assessmentVersions, comments, commentThreads, processings, sectionAnswers, users, type Assessment, type AssessmentVersion } from '../db/schema';
import type { ThreadWithComments } from './comments';
import type { StoredSection } from './section-answers';
import { fromJson } from './rows';
import { assessmentOfOrganisation, isCurrentVersion, processingOfAssessment } from './workflow';

export interface QuestionnaireState {
	assessment: Assessment;
	version: AssessmentVersion;
	processingName: string;
	/** Every stored section of the current version, by section id. */
	sections: StoredSection[];
	/** The comment threads of the section asked for (none when no section was named), oldest first. */
	threads: ThreadWithComments[];
}

// JSON carries timestamps as ISO text; the rows drizzle maps itself carry Dates, and so must these.
const date = (value: string) => new Date(value);
const dateOrNull = (value: string | null) => (value === null ? null : new Date(value));

type Json<T, Dates extends keyof T> = Omit<T, Dates> & { [K in Dates]: string | (null extends T[K] ? null : never) };

const storedSections = sql`coalesce((
	select json_agg(json_build_object(
		'sectionId', ${sectionAnswers.sectionId}, 'answers', ${sectionAnswers.answers}, 'revision', ${sectionAnswers.revision},
		'updatedAt', ${sectionAnswers.updatedAt}, 'updatedByName', ${users.name}
	) order by ${sectionAnswers.sectionId})
	from ${sectionAnswers} left join ${users} on ${users.id} = ${sectionAnswers.updatedBy}
	where ${sectionAnswers.versionId} = ${assessmentVersions.id}
), '[]'::json)`;

const threadComments = sql`coalesce((
	select json_agg(json_build_object(
		'id', ${comments.id}, 'threadId', ${comments.threadId}, 'authorId', ${comments.authorId},
		'authorName', ${comments.authorName}, 'body', ${comments.body}, 'createdAt', ${comments.createdAt}
	) order by ${comments.createdAt}, ${comments.id})
	from ${comments} where ${comments.threadId} = ${commentThreads.id}
), '[]'::json)`;

const sectionThreads = sql`coalesce((
	select json_agg(json_build_object(
		'id', ${commentThreads.id}, 'versionId', ${commentThreads.versionId}, 'sectionId', ${commentThreads.sectionId},
		'questionId', ${commentThreads.questionId}, 'resolvedAt', ${commentThreads.resolvedAt}, 'resolvedBy', ${commentThreads.resolvedBy},
		'createdAt', ${commentThreads.createdAt}, 'comments', ${threadComments}
	) order by ${commentThreads.createdAt})
	from ${commentThreads}
	where ${commentThreads.versionId} = ${assessmentVersions.id} and ${commentThreads.sectionId} = ${sql.placeholder('sectionId')}
), '[]'::json)`;

function sectionsFrom(value: unknown): StoredSection[] {
	return fromJson<Json<StoredSection, 'updatedAt'>[]>(value).map((s) => ({ ...s, updatedAt: date(s.updatedAt) }));
}

function threadsFrom(value: unknown): ThreadWithComments[] {
	type JsonThread = Json<Omit<ThreadWithComments, 'comments'>, 'resolvedAt' | 'createdAt'> & { comments: Json<ThreadWithComments['comments'][number], 'createdAt'>[] };
	return fromJson<JsonThread[]>(value).map((t) => ({
		...t,
		resolvedAt: dateOrNull(t.resolvedAt),
		createdAt: date(t.createdAt),
		comments: t.comments.map((c) => ({ ...c, createdAt: date(c.createdAt) }))
	}));
}

/**
 * A DPIA of the organisation with its current version, every stored section and the comment threads of
 * one section: all a questionnaire page shows, in one query; null for another board's id. A query costs
 * a page more than the rows it brings: with PGlite each is a message to the database thread and back,
 * and leaving out the (empty) threads query alone took 6% of the section page's CPU and 10% of its p95.
 */
export async function questionnaireState(db: Db | Tx, organisationId: string, assessmentId: string, threadsOfSection: string | null): Promise<QuestionnaireState | null> {
	const query = preparedQuery(db, 'questionnaire_state', () =>
		db
			.select({
				assessment: assessments,
				version: assessmentVersions,
				processingName: processings.name,
				sections: storedSections.mapWith(sectionsFrom),
				threads: sectionThreads.mapWith(threadsFrom)
			})
			.from(assessments)
			.innerJoin(assessmentVersions, isCurrentVersion)
			.innerJoin(processings, processingOfAssessment)
			.where(assessmentOfOrganisation)
			.prepare('questionnaire_state')
	);
	const [row] = await query.execute({ assessmentId, organisationId, sectionId: threadsOfSection });
	return row ?? null;
}
