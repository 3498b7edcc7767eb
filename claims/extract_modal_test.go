package claims

import "testing"

// Modality, negation and senses of audits 13–15 (docs/claims-audit.md), on
// invented sentences (modal.go).
func TestExtractModal(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			desc: "'are planning to travel' is a plan",
			text: "Two aid teams are planning to travel to Dorvik over the weekend.",
			want: []want{{pred: "visit", mod: Planned}},
		},
		{
			desc: "a signed agreement to acquire is a plan, the signing is done",
			text: "Orbis Corp signs agreement to acquire Velta Labs.",
			want: []want{{pred: "acquire", subj: "Orbis Corp", obj: "Velta Labs", mod: Planned}, {pred: "sign", mod: Asserted}},
		},
		{
			desc: "a deal to acquire announced on a day is a plan",
			text: "Orbis Corp on Monday announced a deal to acquire Velta Labs for $50 million.",
			want: []want{{pred: "acquire", obj: "Velta Labs", mod: Planned}},
		},
		{
			desc: "a decision to hire told after the fact stays asserted",
			text: "I know what went on when Tom Hale made the decision to hire Ann Roe.",
			want: []want{{pred: "hire", mod: Asserted}},
		},
		{
			desc: "a scheduled sentencing is a plan",
			text: "Formal sentencing of Tom Hale is set for 10 a.m. on June 3.",
			want: []want{{pred: "sentence", mod: Planned}},
		},
		{
			desc: "a purchase subject to closing conditions or expected to close is a plan",
			text: "Orbis Corp's acquisition of Velta Labs is subject to regulatory approval.\n\nThe purchase of Velta Labs by Orbis Corp is expected to close in May.",
			want: []want{{pred: "acquire", mod: Planned}, {pred: "acquire", trigger: "purchase", mod: Planned}},
		},
		{
			desc: "a 'be' after 'and' belongs to another verb, not to the noun",
			text: "Tom Hale was held on charges of theft and was expected to be charged Tuesday.",
			want: []want{{pred: "charge", trigger: "charges", mod: Asserted}},
		},
		{
			desc: "an attack expected to go on happened",
			text: "The Taliban's attack on Kabul was expected to last for days.",
			want: []want{{pred: "attack", mod: Asserted}},
		},
		{
			desc: "a meeting during which someone will speak is still to come",
			text: "Mr. Lind will speak further about the floods in Dorvik during a public meeting this evening of the Harbor Council.",
			want: []want{{pred: "meet", mod: Planned}},
		},
		{
			desc: "a meeting during which someone spoke is asserted",
			text: "Mr. Lind spoke about the floods during a public meeting on Monday of the Harbor Council.",
			want: []want{{pred: "meet", mod: Asserted}},
		},
		{
			desc: "a denial reports the event as not done, by the denier",
			text: "Tom Hale denied that he bought the rifle.",
			want: []want{{pred: "deny", subj: "Tom Hale"}, {pred: "acquire", neg: true, mod: Reported, attr: "Tom Hale", evidence: "Tom Hale denied that he bought"}},
		},
		{
			desc: "'denied having V-ed' and 'denied V-ing' are denials",
			text: "Tom Hale repeatedly denied having visited Dorvik in May.\n\nThe Varian army denied bombing the camp in Dorvik on Thursday.",
			want: []want{{pred: "visit", neg: true, mod: Reported, attr: "Tom Hale"}, {pred: "attack", neg: true, mod: Reported}},
		},
		{
			desc: "denied reports that: the same",
			text: "Ann Roe denied reports that she had resigned from the board.",
			want: []want{{pred: "resign", neg: true, mod: Reported, attr: "Ann Roe"}},
		},
		{
			desc: "an event after the denial's clause is not denied",
			text: "Tom Hale denied the claims after police arrested him in Dorvik.",
			want: []want{{pred: "arrest", neg: false}},
		},
		{
			desc: "a verb after 'or' shares the negation of the verb before",
			text: "Aid workers in Dorvik said no one was killed or injured in the blast.",
			want: []want{{pred: "kill", neg: true}, {pred: "injure", neg: true}},
		},
		{
			desc: "shelling out money is paying",
			text: "Orbis Corp shelled out $40 million for Velta Labs.",
			none: []string{"attack"},
		},
		{
			desc: "losing money or market share is no lost contest",
			text: "Orbis Corp lost $1.7 billion in 2003.\n\nOrbis Corp hopes to regain lost server market share.",
			none: []string{"lose"},
		},
		{
			desc: "a share price headed to a sum visits nothing",
			text: "Orbis Corp Completes Velta Deal, Shares Headed to $9",
			none: []string{"visit"},
		},
		{
			desc: "adding a service to a business is no statement",
			text: "In August, Orbis Corp added carbon consulting to its business consulting operation.",
			none: []string{"say"},
		},
		{
			desc: "'added' with a clause still says",
			text: "Tom Hale added the police were coming to the house.",
			want: []want{{pred: "say", subj: "Tom Hale"}},
		},
	})
}
