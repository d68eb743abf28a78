import { can, type Capability, type Role } from './roles';

/**
 * What a new board sets up before its first DPIA can run its course: the schools the processings belong to,
 * the FG who advises and the board member who decides (the workflow waits on nobody otherwise), the
 * suppliers whose agreements the DPIAs lean on, and the first processing in the register.
 */
export const FIRST_STEPS = ['schools', 'fg', 'board', 'suppliers', 'processing'] as const;
export type FirstStep = (typeof FIRST_STEPS)[number];

/** Who may take each step; someone else sees it, ticked or not, without a link. */
export const FIRST_STEP_CAPABILITY: Record<FirstStep, Capability> = {
	schools: 'org.manage',
	fg: 'users.manage',
	board: 'users.manage',
	suppliers: 'supplier.manage',
	processing: 'prescan.run'
};

export interface BoardSetup {
	activeSchools: number;
	activeSuppliers: number;
	processings: number;
	/** Roles held by a member or offered in an invitation not yet accepted. */
	roles: readonly Role[];
}

export interface FirstStepView {
	id: FirstStep;
	done: boolean;
	/** The viewer may take this step. */
	yours: boolean;
}

function isDone(step: FirstStep, setup: BoardSetup): boolean {
	switch (step) {
		case 'schools':
			return setup.activeSchools > 0;
		case 'fg':
			return setup.roles.includes('fg');
		case 'board':
			return setup.roles.includes('bestuur');
		case 'suppliers':
			return setup.activeSuppliers > 0;
		case 'processing':
			return setup.processings > 0;
	}
}

/** Whether any step could be `role`'s: the FG, the board and readers never get the list, so nothing is read for them. */
export function mayTakeFirstSteps(role: Role): boolean {
	return FIRST_STEPS.some((id) => can(role, FIRST_STEP_CAPABILITY[id]));
}

/**
 * The steps as `role` sees them, or null when none of the steps still open is the viewer's to take: once
 * everything is done, and for the FG, the board or a reader, who can only wait for the others.
 */
export function firstSteps(setup: BoardSetup, role: Role): FirstStepView[] | null {
	const steps = FIRST_STEPS.map((id) => ({ id, done: isDone(id, setup), yours: can(role, FIRST_STEP_CAPABILITY[id]) }));
	return steps.some((s) => !s.done && s.yours) ? steps : null;
}
