import type { GmrTexts } from './gmr-types';

export const GMR_EN: GmrTexts = {
	title: 'Report for the participation council',
	subtitle: (processing) => `Privacy assessment of ${processing}`,
	forCouncil: 'Summary of the DPIA for the participation council',
	intro: 'The school wants to use a program or system that holds data about pupils, parents or staff. So the board looked into the risks for privacy. This report tells you what that assessment found. At the end you can read what we ask of you.',
	glossaryTitle: 'Words used in this report',
	glossary: [
		['DPIA', 'An assessment of the risks for privacy, made before the school starts something new.'],
		['GDPR', 'The European privacy law (General Data Protection Regulation).'],
		['DPO', 'The data protection officer. This person oversees privacy within the board and gives advice.'],
		['Processor', 'A company that uses data on behalf of the school, for example the supplier of a program.'],
		['Residual risk', 'The risk that remains once all measures have been taken.'],
		['Dutch DPA', 'The Autoriteit Persoonsgegevens, the privacy regulator in the Netherlands.'],
		['Legal basis', 'The reason in law why the school may use the data.']
	],
	sections: [
		'1. Why this DPIA?',
		'2. What will the school do, and why?',
		'3. Which data, about whom?',
		'4. Who can see the data, and where is it kept?',
		'5. How long do we keep the data?',
		'6. Why is this allowed?',
		'7. The main risks, before and after the measures',
		'8. What will the school and the supplier do?',
		"9. The DPO's advice and what the board did with it",
		"10. The board's decision",
		'11. Your rights and whom to contact',
		'12. What do we ask of the council?'
	],
	why: {
		outcomes: {
			mandatory: 'A DPIA is required here.',
			recommended: 'A DPIA is not required here, but it is wise.',
			not_required: 'A DPIA is not required here. The board made one anyway.'
		},
		noPrescan: 'The board decided to look into this carefully.',
		reasonsIntro: 'These are the reasons:',
		criteria: (list) => `These features also count: ${list}.`,
		extraChecks: {
			DTIA_REQUIRED: 'Data goes to a country outside Europe. So the board also checked whether the data is safe enough there.',
			KIA_RECOMMENDED: "The program is mainly meant for children and young people. So it is good to look at children's rights as well.",
			IAMA_RECOMMENDED: 'The program uses a smart model (an algorithm or AI). So it is good to look at the effects on human rights as well.'
		}
	},
	what: {
		uses: (tool, vendor) => `The school wants to use ${tool}. This program comes from ${vendor}.`,
		usesNoVendor: (tool) => `The school wants to use ${tool}.`,
		reason: 'Why the school wants this',
		purposes: 'What the data is used for',
		people: 'Whose data the school uses',
		schools: 'For which schools',
		model: 'Based on a model DPIA',
		basedOn: (system, version, publisher) =>
			`${publisher} has already assessed ${system} once for all schools. This DPIA builds on that work: the model DPIA of ${system}, version ${version}.`,
		taken: (risks, notHere, measures, changed) =>
			`${risks} risks and ${measures} measures come from the model. ${notHere === 0 ? 'All of the risks apply here too.' : `${notHere} ${notHere === 1 ? 'risk does' : 'risks do'} not apply here; the school wrote down why.`} ${changed === 0 ? 'The school changed none of the model’s answers.' : `The school changed ${changed === 1 ? 'one of the model’s answers' : `${changed} of the model’s answers`}, with a reason.`}`
	},
	data: {
		columns: ['Data', 'About whom', 'Kind of data'],
		classes: {
			gewoon: 'Ordinary data',
			gevoelig: 'Sensitive data',
			bijzonder: 'Special data, such as health or religion',
			strafrechtelijk: 'Data about criminal offences',
			identificatienummer: 'Citizen service number or other personal number'
		},
		sensitiveNote: 'In bold: special data and the citizen service number. Extra strict rules apply to them.',
		none: 'No data has been described yet.'
	},
	access: {
		parties: 'Who can see the data',
		roles: {
			controller: 'the school itself (responsible)',
			joint_controller: 'responsible together with the school',
			processor: 'works on behalf of the school (processor)',
			sub_processor: 'works for the processor (sub-processor)',
			third_party: 'another organisation',
			provider: 'supplies data',
			recipient: 'receives data from the school'
		},
		location: 'Where the data is kept',
		transfer: (mechanism) => `Agreements have been made for sending data outside Europe: ${mechanism}.`,
		foreignLaw: 'Please note: the supplier is subject to the law of a country outside Europe. A foreign government can therefore sometimes ask for the data.',
		noForeignLaw: 'The supplier is not subject to the law of a country outside Europe.',
		none: 'No parties have been described yet.'
	},
	retention: {
		period: (period) => `The data is kept for ${period}. After that it is deleted.`,
		deletion: 'When the contract with the supplier ends',
		unknown: 'The retention period has not been set yet.'
	},
	basis: {
		chosen: (basis) => `The school uses this legal basis: ${basis}.`,
		explanations: {
			a_consent: 'This means the school may only use the data if you freely agree. You can always withdraw your consent.',
			b_contract: 'This means the school needs the data to keep an agreement (contract) with you.',
			c_legal_obligation: 'This means a law requires the school to use this data.',
			d_vital_interest: "This means the data is needed to protect someone's life or health.",
			e_public_task: 'This means the school needs the data to do its task: giving good education.',
			f_legitimate_interest: 'This means the school has a good reason, and it outweighs the privacy of the people involved. The DPO checks this, because a school may only use this basis in a limited way.'
		},
		parentsConsent: 'Is a pupil under 16? Then the parents or guardians decide about consent. From 16, the pupil decides.',
		unknown: 'The legal basis has not been set yet.'
	},
	risks: {
		intro: 'For each risk you can see how big it is before the measures and how big it still is afterwards. The level is also written in words.',
		columns: ['What can go wrong?', 'Before measures', 'After measures'],
		none: 'No risks were found.',
		more: (n) => `There ${n === 1 ? 'is 1 smaller risk' : `are ${n} smaller risks`} as well. They are in the full DPIA report.`
	},
	measures: {
		intro: 'This is what the school and the supplier will do to make the risks smaller.',
		columns: ['Measure', 'Who takes care of it', 'Done by', 'Progress'],
		none: 'No measures have been described yet.'
	},
	advice: {
		verdict: (verdict, date) => `On ${date} the DPO gave this advice: ${verdict}.`,
		none: 'The DPO has not given advice yet.',
		followed: "The board follows the DPO's advice.",
		deviated: "The board does not fully follow the DPO's advice. The board explains why:"
	},
	decision: {
		decided: (decision, date) => `On ${date} the board decided: ${decision}.`,
		none: 'The board has not decided yet.',
		residual: (level) => `The biggest risk that remains is: ${level}. The board accepts this risk as follows:`,
		apAsked: 'The board asked the Dutch DPA for advice beforehand: yes.',
		apNotAsked: 'A high risk remains. So the board must first ask the Dutch DPA for advice. This has not happened yet.',
		apNotNeeded: 'The board did not need to ask the Dutch DPA for advice, because no high risk remains.'
	},
	rights: {
		text: [
			'You may see the data the school holds about you or your child.',
			'You may ask to correct mistakes or to delete data.',
			'You may object to the use of data.',
			'The school answers within one month. Sometimes it takes longer, but never more than two extra months.'
		],
		channel: 'How to make a request',
		contact: 'Do you have a question? Contact the head of the school or the board\u2019s DPO.',
		complaint: 'Do you disagree with the school? Then you can complain to the Dutch DPA (autoriteitpersoonsgegevens.nl).'
	},
	ask: {
		intro: 'The board asks the council to:',
		items: [
			'Read this report and ask questions if anything is unclear.',
			'Give your views. The GDPR asks the board to hear the views of parents, pupils and staff. The board explains what it does with your views.',
			'Only if the privacy regulation changes do we ask for your consent. This follows from the Dutch act on participation in schools.'
		],
		review: (date) => `The board will look at this DPIA again by ${date} at the latest. If something important changes sooner, that happens sooner.`,
		reviewOpen: 'The board will set a date to look at this DPIA again: at most three years after the decision.'
	},
	verification: {
		heading: 'Is this the right version?',
		frozen: (date, by) => `The board signed off this version on ${date}${by ? ` (${by})` : ''}. Since then nobody can change its content.`,
		fingerprint: 'Check code of the content',
		howTo: 'DPIA Wijzer shows the same check code for this version. If the codes are the same, you are reading the version the board signed off.',
		draft: 'This is a draft. The board has not signed off this version yet.'
	}
};
