package quantity

import (
	"testing"
	"unicode/utf8"
)

// FuzzFind checks that Find never panics and that every quantity lies inside
// the scanned range, on rune boundaries (as utf8.DecodeRuneInString walks the
// text, so that in invalid UTF-8 each bad byte is a rune), with Text equal to
// its span.
func FuzzFind(f *testing.F) {
	for _, tc := range findTests {
		f.Add(tc.in, 0, len(tc.in))
	}
	f.Add("€1,2 million and naïve 5 people", 1, 20)
	f.Add("\xff\xfe 5 \xc3 people", 0, 11)
	f.Add("1,000,000,000,000,000,000,000,000,000,000 people", 0, 48)
	f.Add("$5-10 million - 98-96 - between 3 and", 0, 37)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		qs := Find(text, start, end)
		// rune boundaries as a decoder sees them: an invalid byte is a
		// rune of its own
		boundary := make([]bool, len(text)+1)
		for i := 0; i < len(text); {
			boundary[i] = true
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
		}
		boundary[len(text)] = true
		lo, hi := max(start, 0), min(end, len(text))
		prev := -1
		for _, q := range qs {
			if q.Start < lo || q.End > hi || q.Start >= q.End {
				t.Fatalf("Find(%q, %d, %d): span %d:%d outside the range", text, start, end, q.Start, q.End)
			}
			if q.Start < prev {
				t.Fatalf("Find(%q, %d, %d): spans out of order or overlapping at %d", text, start, end, q.Start)
			}
			prev = q.End
			if !boundary[q.Start] || !boundary[q.End] {
				t.Fatalf("Find(%q, %d, %d): span %d:%d not on rune boundaries", text, start, end, q.Start, q.End)
			}
			if q.Text != text[q.Start:q.End] {
				t.Fatalf("Find(%q, %d, %d): Text %q is not its span", text, start, end, q.Text)
			}
			if q.Bound == "" || q.Kind == "" {
				t.Fatalf("Find(%q, %d, %d): empty Bound or Kind in %+v", text, start, end, q)
			}
			// Compare never panics on what Find returns
			Compare(q, q)
		}
	})
}
