import type { Capability } from '$lib/domain/roles';

/**
 * Who may call what: one line per route handler (load, form action, endpoint verb). The matrix test
 * (matrix.spec.ts) finds every handler in src/routes and fails for one that is missing here.
 *   { page: c } logged in with capability c in the URL's organisation; anonymous -> login, other board -> 404
 *   { api: c }  API token or session with capability c; anonymous or revoked token -> 401
 *   'session'   any logged-in person; 'anonymous-only' login/setup forms; 'public' anyone;
 *   'setup-closed' the first-run set-up, gone (404) once a user exists
 *   'secret-url' only the secret in the URL opens it: a wrong one is 404 for everyone, logged in or not
 */
export type Rule = { page: Capability } | { api: Capability } | 'public' | 'session' | 'anonymous-only' | 'setup-closed' | 'secret-url';

const O = '/(app)/o/[org=slug]';
const A = `${O}/assessments/[id=uuid]`;
const page = (c: Capability): Rule => ({ page: c });

export const ACCESS: Record<string, Rule> = {
	'/ load': 'public',
	'/(app)/account/password load': 'session',
	'/(app)/account/password action default': 'session',
	'/(app)/account/invitations load': 'session',
	'/(app)/account/invitations action accept': 'session',
	'/(app)/account/invitations action decline': 'session',
	'/(auth)/login load': 'anonymous-only',
	'/(auth)/login action default': 'anonymous-only',
	'/(auth)/logout POST': 'session',
	'/(auth)/setup load': 'setup-closed',
	'/(auth)/setup action default': 'setup-closed',
	'/healthz GET': 'public',
	'/language POST': 'public',
	'/calendar/[token] GET': 'secret-url',

	[`${O} layout load`]: page('shared.read'),
	[`${O} load`]: page('shared.read'),
	[`${O}/admin/calendar load`]: page('calendar.manage'),
	[`${O}/admin/calendar action rotate`]: page('calendar.manage'),
	[`${O}/admin/calendar action revoke`]: page('calendar.manage'),
	[`${O}/admin/settings load`]: page('org.manage'),
	[`${O}/admin/settings action policy`]: page('org.manage'),
	[`${O}/admin/tokens load`]: page('tokens.manage'),
	[`${O}/admin/tokens action create`]: page('tokens.manage'),
	[`${O}/admin/tokens action revoke`]: page('tokens.manage'),
	[`${O}/admin/users load`]: page('users.manage'),
	[`${O}/admin/users action add`]: page('users.manage'),
	[`${O}/admin/users action deactivate`]: page('users.manage'),
	[`${O}/admin/users action reactivate`]: page('users.manage'),
	[`${O}/admin/users action reset`]: page('users.manage'),
	[`${O}/admin/users action role`]: page('users.manage'),
	[`${O}/admin/users action withdraw`]: page('users.manage'),

	[`${O}/processings load`]: page('register.read'),
	[`${O}/processings/new load`]: page('prescan.run'),
	[`${O}/processings/new action default`]: page('prescan.run'),
	[`${O}/processings/[id=uuid] load`]: page('register.read'),
	[`${O}/processings/[id=uuid] action reasoning`]: page('prescan.run'),
	[`${O}/processings/[id=uuid] action fgView`]: page('assessment.advise'),
	[`${O}/processings/[id=uuid] action start`]: page('assessment.edit'),
	[`${O}/processings/[id=uuid] action supplier`]: page('prescan.run'),
	[`${O}/processings/[id=uuid]/prescan load`]: page('prescan.run'),
	[`${O}/processings/[id=uuid]/prescan action default`]: page('prescan.run'),

	[`${O}/suppliers load`]: page('register.read'),
	[`${O}/suppliers/new load`]: page('supplier.manage'),
	[`${O}/suppliers/new action default`]: page('supplier.manage'),
	[`${O}/suppliers/[supplierId=uuid] load`]: page('register.read'),
	[`${O}/suppliers/[supplierId=uuid] action update`]: page('supplier.manage'),
	[`${O}/suppliers/[supplierId=uuid] action addSubProcessor`]: page('supplier.manage'),
	[`${O}/suppliers/[supplierId=uuid] action removeSubProcessor`]: page('supplier.manage'),
	[`${O}/suppliers/[supplierId=uuid] action addCertification`]: page('supplier.manage'),
	[`${O}/suppliers/[supplierId=uuid] action removeCertification`]: page('supplier.manage'),
	[`${O}/suppliers/[supplierId=uuid] action archive`]: page('supplier.manage'),
	[`${O}/suppliers/[supplierId=uuid] action reactivate`]: page('supplier.manage'),

	[`${O}/models load`]: page('register.read'),
	[`${O}/models action upload`]: page('model.manage'),
	[`${O}/models action example`]: page('model.manage'),
	[`${O}/models action start`]: page('assessment.edit'),

	[`${A} load`]: page('register.read'),
	[`${A}/model load`]: page('register.read'),
	[`${A}/model action risk`]: page('assessment.edit'),
	[`${A}/model action measure`]: page('assessment.edit'),
	[`${A}/model action answer`]: page('assessment.edit'),
	[`${A}/model/update load`]: page('register.read'),
	[`${A}/model.json GET`]: page('assessment.share'),
	[`${A}/model/update action adopt`]: page('assessment.edit'),
	[`${A}/audit load`]: page('assessment.audit'),
	[`${A}/export.pdf GET`]: page('register.read'),
	[`${A}/versions load`]: page('register.read'),
	[`${A}/versions/diff load`]: page('register.read'),
	[`${A}/questionnaire load`]: page('register.read'),
	[`${A}/questionnaire/[section] load`]: page('register.read'),
	[`${A}/questionnaire/[section] action save`]: page('assessment.edit'),
	[`${A}/questionnaire/[section] action addItem`]: page('assessment.edit'),
	[`${A}/questionnaire/[section] action removeItem`]: page('assessment.edit'),
	[`${A}/questionnaire/[section] action comment`]: page('assessment.comment'),
	[`${A}/questionnaire/[section] action resolve`]: page('assessment.comment'),
	[`${A}/questionnaire/[section] action reopen`]: page('assessment.comment'),
	[`${A}/risks load`]: page('register.read'),
	[`${A}/risks action catalogue`]: page('assessment.edit'),
	[`${A}/risks action delete`]: page('assessment.edit'),
	[`${A}/risks/new load`]: page('assessment.edit'),
	[`${A}/risks/new action default`]: page('assessment.edit'),
	[`${A}/risks/[riskId=uuid] load`]: page('assessment.edit'),
	[`${A}/risks/[riskId=uuid] action default`]: page('assessment.edit'),
	[`${A}/measures load`]: page('register.read'),
	[`${A}/measures action delete`]: page('assessment.edit'),
	[`${A}/measures/new load`]: page('assessment.edit'),
	[`${A}/measures/new action default`]: page('assessment.edit'),
	[`${A}/measures/[measureId=uuid] load`]: page('assessment.edit'),
	[`${A}/measures/[measureId=uuid] action default`]: page('assessment.edit'),
	[`${A}/workflow load`]: page('register.read'),
	[`${A}/workflow action submit`]: page('assessment.edit'),
	[`${A}/workflow action request_changes`]: page('assessment.advise'),
	[`${A}/workflow action advise`]: page('assessment.advise'),
	[`${A}/workflow action decide`]: page('assessment.decide'),
	[`${A}/workflow action log_consultation`]: page('assessment.share'),
	[`${A}/workflow action share_gmr`]: page('assessment.share'),
	[`${A}/workflow action sign_off`]: page('assessment.decide'),
	[`${A}/workflow action new_version`]: page('assessment.edit'),
	[`${A}/workflow action archive`]: page('assessment.edit'),

	[`${O}/shared load`]: page('shared.read'),
	[`${O}/shared/[shareId=uuid] load`]: page('shared.read'),
	[`${O}/shared/[shareId=uuid] action default`]: page('gmr.respond'),

	'/api/v1/assessments GET': { api: 'register.read' },
	'/api/v1/assessments/[id=uuid] GET': { api: 'register.read' },
	'/api/v1/prescan POST': { api: 'prescan.run' }
};
