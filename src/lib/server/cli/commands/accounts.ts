import { z } from 'zod';
import { MIN_PASSWORD_LENGTH, slugify, SLUG_PATTERN } from '$lib/domain/accounts';
import { isRole, ROLES } from '$lib/domain/roles';
import {
	AccountError,
	createOrganisation,
	createUser,
	findOrganisation,
	findUserByEmail,
	resetPasswordTemporary,
	setMembership,
	setPassword,
	temporaryPassword
} from '../../services/accounts';
import { parse, required } from '../args';
import { EXIT, UsageError, type Command } from '../types';

const CLI_ACTOR = { userId: null, label: 'CLI' };

export const orgCreate: Command = {
	name: 'org:create',
	usage: 'org:create --name <name> [--slug <slug>] [--school <name>]...',
	summary: 'Create an organisation (school board) with its schools',
	async run(args, io) {
		const { values } = parse(args, { name: { type: 'string' }, slug: { type: 'string' }, school: { type: 'string', multiple: true } }, { min: 0, max: 0 });
		const name = required(values.name, 'name');
		const slug = values.slug ?? slugify(name);
		if (!SLUG_PATTERN.test(slug)) throw new UsageError(`invalid slug "${slug}": use a-z, 0-9 and inner hyphens`);
		const organisation = await createOrganisation(io.db, { name, slug, schools: values.school ?? [] }, CLI_ACTOR);
		io.out(`Created organisation ${organisation.name} (${organisation.slug}).`);
		return EXIT.ok;
	}
};

const email = z.email();

export const userCreate: Command = {
	name: 'user:create',
	usage: 'user:create --email <email> --name <name> --org <slug> --role <' + ROLES.join('|') + '> [--password <password>]',
	summary: 'Create a person (or add an existing one) with a role in an organisation',
	async run(args, io) {
		const { values } = parse(
			args,
			{ email: { type: 'string' }, name: { type: 'string' }, org: { type: 'string' }, role: { type: 'string' }, password: { type: 'string' } },
			{ min: 0, max: 0 }
		);
		const address = required(values.email, 'email');
		if (!email.safeParse(address).success) throw new UsageError(`invalid e-mail address "${address}"`);
		const role = required(values.role, 'role');
		if (!isRole(role)) throw new UsageError(`unknown role "${role}"; one of ${ROLES.join(', ')}`);
		const organisation = await findOrganisation(io.db, required(values.org, 'org'));
		if (!organisation) throw new AccountError('no_such_organisation');
		if (values.password !== undefined && values.password.length < MIN_PASSWORD_LENGTH)
			throw new UsageError(`the password needs at least ${MIN_PASSWORD_LENGTH} characters`);

		let user = await findUserByEmail(io.db, address);
		let shownPassword: string | null = null;
		if (!user) {
			const password = values.password ?? temporaryPassword();
			shownPassword = values.password ? null : password;
			user = await createUser(io.db, { email: address, name: required(values.name, 'name'), password, mustChangePassword: !values.password });
		}
		await setMembership(io.db, { userId: user.id, organisationId: organisation.id, role }, CLI_ACTOR);
		io.out(`${user.email} is ${role} in ${organisation.slug}.`);
		if (shownPassword) io.out(`Temporary password (shown once, must be changed at first login): ${shownPassword}`);
		return EXIT.ok;
	}
};

export const userResetPassword: Command = {
	name: 'user:reset-password',
	usage: 'user:reset-password --email <email> [--password <password>]',
	summary: 'Give a person a new password and end their sessions',
	async run(args, io) {
		const { values } = parse(args, { email: { type: 'string' }, password: { type: 'string' } }, { min: 0, max: 0 });
		const user = await findUserByEmail(io.db, required(values.email, 'email'));
		if (!user) throw new AccountError('no_such_user');
		if (values.password !== undefined) {
			if (values.password.length < MIN_PASSWORD_LENGTH) throw new UsageError(`the password needs at least ${MIN_PASSWORD_LENGTH} characters`);
			await setPassword(io.db, user.id, values.password, false);
			io.out(`New password set for ${user.email}; their sessions have ended.`);
		} else {
			const temporary = await resetPasswordTemporary(io.db, user.id);
			io.out(`Temporary password for ${user.email} (shown once, must be changed at next login): ${temporary}`);
		}
		return EXIT.ok;
	}
};
