package timex

import (
	"os"
	"testing"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/corpus"
)

// FuzzTag checks that tagging never panics and that every span lies on the
// text with offsets in order.
func FuzzTag(f *testing.F) {
	for _, tc := range tagTests {
		f.Add(tc.text)
	}
	for _, tc := range notDateTests {
		f.Add(tc.text)
	}
	for _, s := range []string{
		"MOSCOW, Jan 28 (Reuters) - Talks began on Wednesday.",
		"the 28th of January, 2026; 1/28/2026; 2026-01-28T10:00",
		"5 p.m. EST, Nov. 6; noon Thursday; midnight Friday",
		"two thousand; nineteen ninety-six; the '90s; FY98",
		"every other Tuesday night; twice a week; per second",
		"'", "Jan.", "the year two thousand and", "1,000,000 years", "9999999999 days",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		a, err := corpus.ParseText("fuzz.txt", []byte(s))
		if err != nil {
			return
		}
		tx, _ := Tag(a)
		prev := 0
		for _, x := range tx {
			if x.Start < prev || x.End <= x.Start || x.End > len(a.Text) || a.Text[x.Start:x.End] != x.Text {
				t.Fatalf("bad span [%d,%d) %q in %q", x.Start, x.End, x.Text, s)
			}
			prev = x.End
		}
		Resolve(a, tx, Published{Value: "2026-01-28"})
	})
}

// BenchmarkTag measures the tagger alone (tokenizing, matching, resolving,
// publication-date inference) on the ECB+ articles, in MB/s of article text.
//
//	go test ./claims/timex -run '^$' -bench Tag -benchtime 3x
func BenchmarkTag(b *testing.B) {
	path := sharedPath(b, "eval/ecbplus/ecbplus_articles.jsonl")
	if _, err := os.Stat(path); err != nil {
		b.Skip(err)
	}
	res := corpus.Read([]string{path}, corpus.Options{})
	if len(res.Articles) == 0 {
		b.Skip("no articles")
	}
	var size int64
	for _, a := range res.Articles {
		size += int64(len(a.Text))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, a := range res.Articles {
			tx, _ := Tag(a)
			n += len(tx)
		}
	}
	b.ReportMetric(float64(n)/float64(b.N)/float64(len(res.Articles)), "timexes/article")
}
