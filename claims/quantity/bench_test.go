package quantity

import (
	"os"
	"testing"

	"github.com/crosscheck/crosscheck/corpus"
)

// ecbplus is the shared evaluation set (966 real news articles); the
// benchmark skips when it is absent.
const ecbplus = "../../../shared/eval/ecbplus/ecbplus_articles.jsonl"

// BenchmarkFind runs Find over every sentence of ecbplus, as the pipeline
// does; MB/s counts sentence bytes.
func BenchmarkFind(b *testing.B) {
	if _, err := os.Stat(ecbplus); err != nil {
		b.Skipf("%s absent: %v", ecbplus, err)
	}
	arts, errs := corpus.ReadFile(ecbplus, corpus.Options{})
	if len(errs) > 0 {
		b.Fatalf("reading %s: %v", ecbplus, errs[0])
	}
	var size int64
	for _, a := range arts {
		for _, s := range a.Sentences {
			size += int64(s.End - s.Start)
		}
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, a := range arts {
			for _, s := range a.Sentences {
				n += len(Find(a.Text, s.Start, s.End))
			}
		}
	}
	b.ReportMetric(float64(n)/float64(b.N), "quantities/op")
}
