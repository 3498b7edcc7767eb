package claims

import "testing"

// Roles and names of claims audits 14 and 15 (docs/claims-audit.md), on
// invented sentences.
func TestExtractAgentRoles(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			desc: "a state inside 'a jury in eastern X' does not convict",
			text: "A jury in eastern Kansas has convicted Tom Reed of murder.",
			want: []want{{pred: "convict", subj: "-", obj: "Tom Reed"}},
		},
		{
			desc: "the same with a rural county",
			text: "A court in rural Ohio sentenced Ann Roe to ten years on Monday.",
			want: []want{{pred: "sentence", subj: "-", obj: "Ann Roe"}},
		},
		{
			desc: "a state that acts stays the subject",
			text: "Ohio sentenced Tom Reed on Friday.",
			want: []want{{pred: "sentence", subj: "Ohio", obj: "Tom Reed"}},
		},
		{
			desc: "an abbreviated state before 'man' in a headline is not the killer",
			text: "Okla. man guilty of killing girlfriend\n\nTom Reed, of Spiro, Okla., killed Ann Roe in 2012.\n",
			want: []want{{pred: "kill", obj: "Ann Roe", tim: "2012"}},
		},
		{
			desc: "the object of 'X's Acquisition of Y Puts Z' in a headline is Y",
			text: "Acme's Acquisition of Zentro Puts Orbix on the Defensive\n\nAcme said Zentro would help it compete with Orbix.\n",
			want: []want{{pred: "acquire", subj: "Acme", obj: "Zentro"}},
		},
		{
			desc: "a title between two names in a headline still joins them",
			text: "Murder of Sheriff's Deputy Jerry Ortiz Shocks Town\n\nJerry Ortiz was killed on Friday.\n",
			want: []want{{pred: "kill", obj: "Jerry Ortiz"}},
		},
		{
			desc: "'become general manager' is one title, not the rank of general",
			text: "Acme CEO Andrew Pell will become general manager of a new division.",
			want: []want{{pred: "title", subj: "Andrew Pell", obj: "general manager", trigger: "become"}},
		},
		{
			desc: "a listed multi-word office",
			text: "Mary Jones became general counsel in 2009.",
			want: []want{{pred: "title", subj: "Mary Jones", obj: "general counsel"}},
		},
		{
			desc: "a rank alone stays a rank",
			text: "Mary Jones became general in 2009.",
			want: []want{{pred: "title", subj: "Mary Jones", obj: "general"}},
		},
		{
			desc: "a name with a spaced particle hyphen is not cut",
			text: "Thousands fled after President Omar al - Rashid ordered the strikes. Rashid denied it on Friday.",
			want: []want{{pred: "title", subj: "Omar al - Rashid", obj: "president"}, {pred: "deny", subj: "Omar al - Rashid"}},
		},
		{
			desc: "'arrived in X' is the camp named X, not a team named after it",
			text: "The Zuba Refugee Camp was bombed on Friday. Tina Ola, the Zuba Team Leader, said people ran. The team arrived in Zuba one month ago.",
			want: []want{{pred: "visit", obj: "Zuba Refugee Camp"}},
		},
		{
			desc: "a possessive before adjectives makes 'attacks' a noun: the possessor attacks, not the speaker",
			text: "Tom Reed today spoke out against Ruritania's \"totally unacceptable\" attacks against three schools.",
			want: []want{{pred: "attack", subj: "Ruritania", obj: "-"}},
		},
		{
			desc: "a name and a noun before a verb keep the verb",
			text: "Ruritania's army attacks the town of Zuba on Friday.",
			want: []want{{pred: "attack", subj: "army"}},
		},
		{
			desc: "a place in 'in the town of X, which wounded' is no agent",
			text: "The UN condemned the attack on the school in the northern town of Zuba, which also wounded Tom Reed.",
			want: []want{{pred: "injure", subj: "-", obj: "Tom Reed"}},
		},
		{
			desc: "a place after 'to' may still be the antecedent that acts",
			text: "Tom Reed flew to Ohio, which later sentenced Ann Roe.",
			want: []want{{pred: "visit"}, {pred: "sentence", subj: "Ohio", obj: "Ann Roe"}},
		},
		{
			desc: "'a jury in the eastern city of X' does not make X convict",
			text: "A jury in the eastern city of Tulsa has convicted Tom Reed of murder.",
			want: []want{{pred: "convict", subj: "-", obj: "Tom Reed"}},
		},
	})
}
