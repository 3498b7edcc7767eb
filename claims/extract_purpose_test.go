package claims

import "testing"

func TestPurposeModality(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			desc: "a purpose infinitive after a planned trip is planned",
			text: "Tom Reyes is set to travel to Warsaw on Wednesday to sign a rail agreement with Ann Roe.",
			want: []want{{pred: "visit", mod: Planned, tim: "2024-05-08"}, {pred: "sign", mod: Planned, tim: "2024-05-08"}},
		},
		{
			desc: "the same with a trailing source: planned, not reported",
			text: "Tom Reyes will fly to Paris on Friday to meet Ann Roe, his office said.",
			want: []want{{pred: "visit", mod: Planned}, {pred: "meet", mod: Planned}},
		},
		{
			desc: "a purpose after a done trip keeps the trip's modality",
			text: "Tom Reyes flew to Paris on Friday to meet Ann Roe.",
			want: []want{{pred: "visit", mod: Asserted}, {pred: "meet", mod: Asserted}},
		},
	})
}
