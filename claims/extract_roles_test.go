package claims

import "testing"

// TestExtractRoles checks who did what to whom: argument types a role cannot
// have (data/roles.txt), names that only modify a noun, a speaker's job given
// as the speaker, and subjects across "be", "where" and coordinated clauses.
// The sentences are invented.
func TestExtractRoles(t *testing.T) {
	tests := []extractCase{
		{
			desc: "the subject of 'face charges', 'arraigned on charges', 'serving sentences' is the one charged",
			text: "Ann Pike is expected to be arraigned on two murder charges and one attempted murder charge later today.\n\nLena Cruz is serving three life sentences.\n",
			want: []want{{pred: "charge", subj: "-", obj: "Ann Pike"}, {pred: "sentence", subj: "-", obj: "Lena Cruz"}},
		},
		{
			desc: "a headline's place word before a person noun does not die",
			text: "# Queens Woman Dies In Fire\n\nA woman died on Monday in Queens.",
			want: []want{{pred: "die", trigger: "died", subj: "-"}},
			none: []string{"die:Dies"},
		},
		{
			desc: "a place argument is dropped, not the claim, when a date is left",
			text: "# Queens Woman Dies On Monday\n\nA woman died on Monday in Queens.",
			want: []want{{pred: "die", trigger: "Dies", subj: "-", tim: "2024-04-29"}},
		},
		{
			desc: "a country may still comply",
			text: "Russia is unlikely to comply with the order.",
			want: []want{{pred: "comply", subj: "Russia"}},
		},
		{
			desc: "whom X shot and killed: X is the killer",
			text: "The man whom Ann Roe shot and killed was a neighbor.",
			want: []want{{pred: "kill", subj: "Ann Roe", obj: "-"}},
		},
		{
			desc: "a coordinated clause with its own subject",
			text: "Tom Bly went on leave in May and the team lost Sam Ode to an injury.",
			want: []want{{pred: "lose", subj: "-", obj: "Sam Ode"}},
		},
		{
			desc: "a passive whose subject is a common noun phrase",
			text: "The test results of the driver Williams was arrested with were released Wednesday.",
			want: []want{{pred: "release", obj: "-"}},
		},
		{
			desc: "a possessive group sells, not the possessor",
			text: "Fred Bly's generation sold the family firm in 1990 for $30 million.",
			none: []string{"quantity", "acquire"},
		},
		{
			desc: "a spokesman for his boss speaks",
			text: "Jerry Strickland, a spokesman for Attorney General Greg Abbott, said the man will be tried in May.",
			want: []want{{pred: "say", subj: "Jerry Strickland"}},
		},
		{
			desc: "the boss's spokesman speaks",
			text: "Abbott's spokesman Jerry Strickland told reporters that the man will be tried in May.",
			want: []want{{pred: "say", subj: "Jerry Strickland"}},
		},
		{
			desc: "a speaker's job and unit after her name: she speaks",
			text: "Ann Roe, Controller BBC Two says: \"The show is great and we love it.\"",
			want: []want{{pred: "quote", subj: "Ann Roe", attr: "Ann Roe"}},
		},
		{
			desc: "a speaker's job and unit in two parts",
			text: "Ann Roe, Controller, BBC Drama Commissioning says: \"The show is great and we love it.\"",
			want: []want{{pred: "quote", subj: "Ann Roe", attr: "Ann Roe"}},
		},
		{
			desc: "a name joined to 'area' modifies the noun: no one told",
			text: "Tom Bly said in a conference call with Seattle-area reporters that he would play on Sunday.",
			want: []want{{pred: "say", subj: "Tom Bly", obj: "-"}},
		},
		{
			desc: "a name joined to 'area' with spaced hyphen",
			text: "Tom Bly said in a conference call with Seattle - area reporters that he would play on Sunday.",
			want: []want{{pred: "say", subj: "Tom Bly", obj: "-"}},
		},
		{
			desc: "the place of a loss is not what was lost",
			text: "A cable was cut, causing the loss of all power in the city of Alexandria on Tuesday.",
			want: []want{{pred: "lose", obj: "-", place: "Alexandria"}},
		},
		{
			desc: "a name after 'be' is no subject of the verb joined after it",
			text: "Ann Roe will be the Twelfth Doctor and visits Paris in May.",
			want: []want{{pred: "visit", subj: "Ann Roe"}},
		},
		{
			desc: "a name before 'where' is no subject of the clause after it",
			text: "Tom Bly led a church in Utah. On Wednesday, Bly sat in the courtroom where members of his church were convicted in 2009.",
			want: []want{{pred: "convict", obj: "-"}},
		},
		{
			desc: "'on fraud charges' is a noun: the name before does not charge",
			text: "# Tom Bly Arraigned In Texas On Fraud Charges\n\nBly appeared in court on Monday.",
			none: []string{"charge:charges"},
		},
		{
			desc: "'in' before a name modifying an event noun names no place",
			text: "The woman was accused on Monday in the Boston plant shootings.",
			want: []want{{pred: "charge", place: "-"}},
		},
		{
			desc: "a name modifying a place noun still locates",
			text: "The woman died in a Boston hospital on Monday.",
			want: []want{{pred: "die", place: "Boston"}},
		},
	}
	runExtractCases(t, tests)
}
