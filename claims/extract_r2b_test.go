package claims

import "testing"

// Dates and modality of statements about events (helper round "r2b", error
// classes left after audits 13–15), on invented sentences. Publication is
// Thursday 2024-05-02.
func TestExtractR2b(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			desc: "a weekday ending the phrase of a reported bombing is the last one, though 'would' comes before",
			text: "In a May 1 press conference, Governor Ann Roe stated her province would not retaliate for the reported bombing of Fornax in the hills on Tuesday.",
			want: []want{{pred: "attack", trigger: "bombing", obj: "Fornax", tim: "2024-04-30"}},
		},
		{
			desc: "a planned attack on a weekday stays ahead",
			text: "The Velta army will launch the planned attack on Fornax on Tuesday.",
			want: []want{{pred: "attack", tim: "2024-05-07", mod: Planned}},
		},
		{
			desc: "the date after the object of a confirming verb is the confirming's",
			text: "Orbis Corp and Velta Labs confirmed the talks yesterday after a newspaper reported a deal.",
			want: []want{{pred: "announce", trigger: "confirmed", tim: "2024-05-01"}},
			none: []string{"meet"},
		},
		{
			desc: "a denial of an attack on a weekday dates the denial",
			text: "The Velta ministry denied the attack on Fornax on Monday.",
			want: []want{{pred: "deny", tim: "2024-04-29"}},
		},
		{
			desc: "repeated denials and habitual statements take no date",
			text: "Throughout the trial, Tom Hale repeatedly denied having bought a phone.\n\nOrbis Corp has consistently said it did nothing wrong.",
			want: []want{{pred: "deny", subj: "Tom Hale", tim: "-"}, {pred: "say", subj: "Orbis Corp", tim: "-"}},
		},
		{
			desc: "'what impact - if any - the decision to acquire will have' does not hedge the acquisition",
			text: "It is too early to tell what impact - if any - Orbis Corp's decision to acquire Velta Labs will have on jobs.",
			want: []want{{pred: "acquire", obj: "Velta Labs", mod: Asserted}},
		},
		{
			desc: "'unclear what effect the purchase will have' does not hedge the purchase",
			text: "It is unclear what effect Orbis Corp's purchase of Velta Labs will have on prices.",
			want: []want{{pred: "acquire", subj: "Orbis Corp", obj: "Velta Labs", mod: Asserted}},
		},
		{
			desc: "'unclear whether' still hedges",
			text: "It is unclear whether Orbis Corp bought Velta Labs.",
			want: []want{{pred: "acquire", mod: Hedged}},
		},
		{
			desc: "a proposed meeting is planned",
			text: "The minister proposed a meeting with Tom Hale.",
			want: []want{{pred: "meet", obj: "Tom Hale", mod: Planned}},
		},
		{
			desc: "talks called for are planned",
			text: "President Ann Roe called for talks with the rebels.",
			want: []want{{pred: "meet", trigger: "talks with", mod: Planned}},
		},
	})
}

// The date after a noun that opens what was said stays the noun's.
func TestExtractR2bSaidSubject(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			desc: "'confirmed the attack Monday killed' keeps Monday on the attack",
			text: "The Velta ministry confirmed the attack on Fornax Monday killed three soldiers.",
			want: []want{{pred: "attack", tim: "2024-04-29"}},
		},
	})
}
