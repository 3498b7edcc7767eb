package claims

import "testing"

// Speaker and role errors left after audit 15 (docs/claims-audit.md), on
// invented sentences: a belief verb with a noun object, a person "from the
// ORG", a verb after "but" past an embedded question, "X's demands", and a
// lone surname of the other gender.
func TestExtractR2a(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			desc: "'expected more from a club that had signed X' reports nothing",
			text: "Ed Marsh expected more from a club that had signed free agent Tom Brill to a large deal.",
			want: []want{{pred: "sign", obj: "Tom Brill", attr: "-", mod: "asserted"}},
		},
		{
			desc: "'believed the man in the car had killed X' is still a report",
			text: "Police believed the man in the car had killed Tom Brill.",
			want: []want{{pred: "kill", obj: "Tom Brill", attr: "Police", mod: "reported"}},
		},
		{
			desc: "'expected a deal would be signed' is a clause: Ann Pike is the source",
			text: "Ann Pike expected a deal would be signed by Orbis Corp.",
			want: []want{{pred: "sign", attr: "Ann Pike"}},
		},
		{
			desc: "'X's demands' is a noun: the possessor demands, not the subject of the verb before",
			text: "The fight came after Ann Pike resisted Tom Dole's demands to leave the house.",
			want: []want{{pred: "request", subj: "Tom Dole"}},
		},
		{
			desc: "a quote mark after a name is no possessive: 'bombs' stays a verb",
			text: "Nordavia 'bombs refugees' in the Kessel camp",
			none: []string{"request"},
		},
		{
			desc: "'X from the ORG said': X speaks, not the part of the ORG after 'and'",
			text: "Mark Tully from the World Health and Welfare Agency said an initial check left him sure there were no guns at the school.",
			want: []want{{pred: "say", subj: "Mark Tully", attr: "Mark Tully"}},
		},
		{
			desc: "'wouldn't say when Y and Z began talks but said': the first subject says it",
			text: "Tom Vance wouldn't say when Orbis and Velta began talks but said the deal came about very quickly.",
			want: []want{{pred: "say", trigger: "said", subj: "Tom Vance", attr: "Tom Vance"}},
		},
		{
			desc: "'Hale ... murdering his wife' is a man: not linked to Laci Hale",
			text: "Laci Hale disappeared from her home in May.\n\nHale was found guilty of murdering his wife on Friday.",
			want: []want{{pred: "convict", obj: "Hale"}},
		},
		{
			desc: "a lone surname of the same gender as the full name still links",
			text: "Ann Hale disappeared in May.\n\nHale was found guilty of hitting her husband on Friday.",
			want: []want{{pred: "convict", obj: "Ann Hale"}},
		},
	})
}
