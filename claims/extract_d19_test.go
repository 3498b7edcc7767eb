package claims

import "testing"

// Cases of the error classes of the d19 development sample (ECB+ topics
// 1–19, seed 1919), in invented sentences.
func TestExtractD19(t *testing.T) {
	tests := []extractCase{
		{
			desc: "the month 'May' in a date is no modal",
			text: "On May 3 the ministry announced new rules for fishing.",
			want: []want{{pred: "announce", mod: "asserted"}},
		},
		{
			desc: "'a May announcement' is a past announcement, not a possible one",
			text: "The rule goes back to a May announcement by the Fisheries Office that listed the seal as endangered.",
			want: []want{{pred: "announce", mod: "asserted"}},
		},
		{
			desc: "the modal 'may' still hedges",
			text: "Tom Reed may visit Oslo in May.",
			want: []want{{pred: "visit", mod: "hedged"}},
		},
	}
	runExtractCases(t, tests)
}
