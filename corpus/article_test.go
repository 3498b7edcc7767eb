package corpus

import "testing"

func TestSentenceAt(t *testing.T) {
	a := &Article{Sentences: []Sentence{{Start: 0, End: 10}, {Start: 12, End: 20}}}
	tests := []struct {
		desc string
		off  int
		want int
	}{
		{desc: "start of the first sentence", off: 0, want: 0},
		{desc: "last byte of the first sentence", off: 9, want: 0},
		{desc: "between sentences", off: 11, want: -1},
		{desc: "inside the second sentence", off: 15, want: 1},
		{desc: "past the end", off: 20, want: -1},
	}
	for _, tc := range tests {
		if got := a.SentenceAt(tc.off); got != tc.want {
			t.Errorf("%s: SentenceAt(%d) = %d, want %d", tc.desc, tc.off, got, tc.want)
		}
	}
}
