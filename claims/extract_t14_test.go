package claims

import "testing"

// Time, modality and attribution classes of claims audit 14
// (docs/claims-audit.md), on invented sentences.
func TestExtractT14(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			desc: "a date inside the attribution phrase dates the announcement",
			text: "Microsoft today announced that it has signed a definitive agreement to acquire Zenco Systems.",
			want: []want{{pred: "announce", subj: "Microsoft", tim: "2024-05-02"}},
		},
		{
			desc: "a weekday between the speaker and 'said' dates the statement",
			text: "Microsoft on Monday said it has agreed to buy Zenco Systems for $40 million.",
			want: []want{{pred: "say", subj: "Microsoft", tim: "2024-04-29"}},
		},
		{
			desc: "a date before a compound statement noun opening the sentence dates the statement",
			text: "In a May 1 press conference, President Omar Kadro stated his country would not retaliate for the bombing.",
			want: []want{{pred: "say", subj: "Omar Kadro", tim: "2024-05-01"}},
		},
		{
			desc: "a refused statement attributes nothing: 'wouldn't say when'",
			text: "Andrew Feldman wouldn't say when Zenco and Microsoft began talks.",
			want: []want{{pred: "meet", mod: "asserted", attr: "-"}},
		},
	})
}
