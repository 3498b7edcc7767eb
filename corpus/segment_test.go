package corpus

import (
	"reflect"
	"testing"
)

// Sentences as news text has them: our own sentences, written for these tests.
var segmentNewsTests = []struct {
	desc string
	in   string
	want []string
}{
	{"U.S. before a lower-case word",
		"The U.S. military said the strike hit a depot.",
		[]string{"The U.S. military said the strike hit a depot."}},
	{"U.S. before a capitalized name",
		"The U.S. Navy sent two ships. They arrived on Monday.",
		[]string{"The U.S. Navy sent two ships.", "They arrived on Monday."}},
	{"U.S. ends a sentence before an opener",
		"The talks moved to the U.S. The delegation followed.",
		[]string{"The talks moved to the U.S.", "The delegation followed."}},
	{"military title",
		"Gen. Ana Ruiz said the convoy left at dawn.",
		[]string{"Gen. Ana Ruiz said the convoy left at dawn."}},
	{"month abbreviation before a day",
		"The vote is set for Jan. 28 in the capital. Turnout may be low.",
		[]string{"The vote is set for Jan. 28 in the capital.", "Turnout may be low."}},
	{"month abbreviation ending a sentence",
		"The vote was held in Jan. Turnout was low.",
		[]string{"The vote was held in Jan.", "Turnout was low."}},
	{"Mr. and Mrs.",
		"Mr. Okafor and Mrs. Lind met in Oslo. Both declined to comment.",
		[]string{"Mr. Okafor and Mrs. Lind met in Oslo.", "Both declined to comment."}},
	{"initials",
		"The report by J. R. Halloway was published. It ran to 90 pages.",
		[]string{"The report by J. R. Halloway was published.", "It ran to 90 pages."}},
	{"initials with a non-ASCII letter",
		"É. Laurent signed the accord. Ö. Demir did not.",
		[]string{"É. Laurent signed the accord.", "Ö. Demir did not."}},
	{"missing space after a full stop",
		"Both sides wanted to avoid conflict.President Varga said so on Monday.",
		[]string{"Both sides wanted to avoid conflict.", "President Varga said so on Monday."}},
	{"missing space: web address and e-mail are not split",
		"Details are at www.example.org and press@example.org today.",
		[]string{"Details are at www.example.org and press@example.org today."}},
	{"time abbreviation before a name",
		"The meeting began at 5 p.m. Varga spoke first.",
		[]string{"The meeting began at 5 p.m.", "Varga spoke first."}},
	{"time abbreviation inside a sentence",
		"The meeting began at 5 p.m. on Tuesday in the old palace.",
		[]string{"The meeting began at 5 p.m. on Tuesday in the old palace."}},
	{"quotation ending a sentence",
		`"We will rebuild," she said. "It will take years."`,
		[]string{`"We will rebuild," she said.`, `"It will take years."`}},
	{"quotation followed by the speaker",
		`"It is over." the minister told reporters.`,
		[]string{`"It is over." the minister told reporters.`}},
	{"curly quotation marks",
		"He said: “The border is open.” Trucks crossed at noon.",
		[]string{"He said: “The border is open.”", "Trucks crossed at noon."}},
	{"decimal and currency",
		"Aid of $1.5 billion was pledged. Another 2.3 million is due.",
		[]string{"Aid of $1.5 billion was pledged.", "Another 2.3 million is due."}},
	{"question inside a quotation",
		`"Why now?" asked one delegate. Nobody answered.`,
		[]string{`"Why now?" asked one delegate.`, "Nobody answered."}},
	{"parenthetical with a full stop",
		"The group (known as the Front. since 2019) signed. Others refused.",
		[]string{"The group (known as the Front. since 2019) signed.", "Others refused."}},
	{"company abbreviation",
		"Shares of Norvik Inc. fell. Analysts were surprised.",
		[]string{"Shares of Norvik Inc. fell.", "Analysts were surprised."}},
	{"number abbreviation",
		"He was ranked No. 3 in the world. He retired in 2020.",
		[]string{"He was ranked No. 3 in the world.", "He retired in 2020."}},
	{"heading on its own line",
		"Context of the talks\nThe two leaders met for three hours.",
		[]string{"Context of the talks", "The two leaders met for three hours."}},
	{"ellipsis before a capital",
		"They waited... Then the doors opened.",
		[]string{"They waited...", "Then the doors opened."}},
	{"nested brackets do not leak",
		"((a) b.) c. The end.",
		[]string{"((a) b.) c.", "The end."}},
}

func TestSegmentNews(t *testing.T) {
	for _, tc := range segmentNewsTests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := segmentRaw(tc.in); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("sentences of %q\n got  %q\n want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestSegmentOffsets checks byte offsets on non-ASCII text: each sentence's
// raw span must slice exactly the original bytes, curly quotes, accents and
// no-break spaces included.
func TestSegmentOffsets(t *testing.T) {
	tests := []struct {
		desc string
		raw  string
		want [][2]int // raw byte offsets
	}{
		{"accents and curly quotes",
			"Café “owner” fled. Zoë stayed.",
			[][2]int{{0, 23}, {24, 36}}},
		{"no-break space after the full stop",
			"Prices rose.\u00a0Wages did not.",
			[][2]int{{0, 12}, {14, 28}}},
		{"decomposed accent (NFD) is composed for analysis",
			"Jose\u0301 left. Ana stayed.",
			[][2]int{{0, 12}, {13, 24}}},
		{"em dash and ellipsis character",
			"They waited — and waited… Then it rained.",
			[][2]int{{0, 29}, {30, 45}}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			text, m := Normalize(tc.raw)
			var got [][2]int
			for _, s := range Segment(text) {
				sp := m.RawSpan(s[0], s[1])
				got = append(got, [2]int{sp.Start, sp.End})
			}
			if !reflect.DeepEqual(got, tc.want) {
				var gs []string
				for _, g := range got {
					gs = append(gs, tc.raw[g[0]:g[1]])
				}
				t.Errorf("raw spans of %q\n got  %v %q\n want %v", tc.raw, got, gs, tc.want)
			}
		})
	}
}
