package claims

import "testing"

// Error classes of claims audit 14 (docs/claims-audit.md), on invented
// sentences.
func TestExtractA14(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			desc: "losing soldiers is no lost contest",
			text: "The army has so far lost nine soldiers in the fighting.",
			none: []string{"lose"},
		},
		{
			desc: "losing some of its men is no lost contest",
			text: "The militia, which lost some of its men in the raid, withdrew.",
			none: []string{"lose"},
		},
		{
			desc: "'presumably will' hedges",
			text: "Tom Hale, who presumably will lose the vote, said nothing.",
			want: []want{{pred: "lose", mod: "hedged"}},
		},
		{
			desc: "a lost election stays a loss",
			text: "Governor Tom Hale lost the election in November.",
			want: []want{{pred: "lose"}},
		},
		{
			desc: "mortars fired from a school are no dismissal",
			text: "The army said mortars were fired from inside the school.",
			none: []string{"fire-from-job"},
		},
		{
			desc: "attacking a problem is no assault",
			text: "The startup also attacked the cooling problem with a clever trick.",
			none: []string{"attack"},
		},
	})
}

func TestModalityLikelyFuture(t *testing.T) {
	runExtractCases(t, []extractCase{
		{desc: "'will likely' hedges", text: "Tom Hale will likely lose the election.", want: []want{{pred: "lose", mod: "hedged"}}},
		{desc: "'will' alone is planned", text: "Tom Hale will lose the election.", want: []want{{pred: "lose", mod: "planned"}}},
	})
}

func TestVerdictDateAfterCrime(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			desc: "a date after the crime of a verdict is the verdict's: the murder is not dated by it",
			text: "A local man was found guilty of two counts of first-degree murder Thursday evening in the 2012 death of a woman.",
			none: []string{"kill"},
		},
		{
			desc: "a date after a murder told alone is the murder's",
			text: "Police said the murder Thursday evening shocked the town.",
			want: []want{{pred: "kill", trigger: "murder", tim: "2024-05-02TEV"}},
		},
	})
}
