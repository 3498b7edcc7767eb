package claims

import "testing"

// Cases of the r2c dev sample (24th–26th articles of topics 21–40), in
// invented sentences.
func TestExtractR2C(t *testing.T) {
	tests := []extractCase{
		{
			desc: "a player 'was lost for the season' is out injured, no lost contest",
			text: "Tom Roe was surprisingly lost for the season on Monday.",
			none: []string{"lose"},
		},
		{
			desc: "a pronoun 'was lost' is a person too",
			text: "He was lost for half the season after he broke his leg in May.",
			none: []string{"lose"},
		},
		{
			desc: "a game that was lost is still a lost contest",
			text: "The Hawks lost the game to the Bears on Sunday.",
			want: []want{{pred: "lose", subj: "Hawks"}},
		},
		{
			desc: "a sentence-initial capitalized modifier stays in a lower-case title",
			text: "Executive producer Tom Roe said on Monday that the show would return.",
			want: []want{{pred: "title", subj: "Tom Roe", obj: "executive producer"}},
		},
		{
			desc: "'Former president' at the start of a sentence keeps 'former'",
			text: "Former president Ann Lee said on Monday that the plan would work.",
			want: []want{{pred: "title", subj: "Ann Lee", obj: "former president"}},
		},
	}
	runExtractCases(t, tests)
}
