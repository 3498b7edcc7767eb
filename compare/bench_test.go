package compare

import (
	"fmt"
	"os"
	"runtime"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/corpus"
)

const ecbplus = "../../shared/eval/ecbplus/ecbplus_articles.jsonl"

// corpusOf returns n extractions built from the ECB+ articles, repeating them
// (with fresh ids) past the 966 there are.
func corpusOf(b *testing.B, n int) []*claims.Extraction {
	if _, err := os.Stat(ecbplus); err != nil {
		b.Skip("../shared is not beside the checkout")
	}
	res := corpus.Read([]string{ecbplus}, corpus.Options{})
	base := claims.ExtractAll(res.Articles, nil, 0)
	out := make([]*claims.Extraction, n)
	for i := range out {
		x := *base[i%len(base)]
		a := *x.Article
		a.ID = fmt.Sprintf("%s#%d", a.ID, i/len(base))
		x.Article = &a
		x.Claims = append([]claims.Claim(nil), x.Claims...)
		x.Timexes = append(x.Timexes[:0:0], x.Timexes...)
		out[i] = &x
	}
	return out
}

// BenchmarkCompare measures comparison alone (extraction done before the
// timer) for stories of 10 to 10,000 articles, to show how it grows.
func BenchmarkCompare(b *testing.B) {
	for _, n := range []int{10, 100, 1000, 10000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			xs := corpusOf(b, n)
			claimsN := 0
			for _, x := range xs {
				claimsN += len(x.Claims)
			}
			b.ReportAllocs()
			b.ResetTimer()
			var peak uint64
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				// comparison narrows publication dates in place: start each
				// round from fresh copies
				in := make([]*claims.Extraction, len(xs))
				for k, x := range xs {
					c := *x
					c.Claims = append([]claims.Claim(nil), x.Claims...)
					for j := range c.Claims {
						if t := c.Claims[j].Time; t != nil {
							tt := *t
							c.Claims[j].Time = &tt
						}
					}
					in[k] = &c
				}
				runtime.GC()
				b.StartTimer()
				s := Compare(in, Options{})
				b.StopTimer()
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				if ms.HeapInuse > peak {
					peak = ms.HeapInuse
				}
				_ = s
				b.StartTimer()
			}
			b.ReportMetric(float64(claimsN), "claims")
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(claimsN), "µs/claim")
			b.ReportMetric(float64(peak)/(1<<20), "heapMiB")
		})
	}
}
