package claims_test

import (
	"os"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/jdkato/prose/v2"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/corpus"
)

const ecbplus = "../../shared/eval/ecbplus/ecbplus_articles.jsonl"

func ecbBytes(b *testing.B) ([]*corpus.Article, int64) {
	if _, err := os.Stat(ecbplus); err != nil {
		b.Skip("../shared is not beside the checkout")
	}
	res := corpus.Read([]string{ecbplus}, corpus.Options{})
	var n int64
	for _, a := range res.Articles {
		n += int64(len(a.Raw))
	}
	return res.Articles, n
}

// peakHeap samples the heap in use while f runs and returns the largest
// value seen, in MiB.
func peakHeap(f func()) float64 {
	var peak uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var ms runtime.MemStats
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			// ReadMemStats stops the world: sample, don't spin
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak {
				peak = ms.HeapInuse
			}
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	f()
	close(done)
	wg.Wait()
	return float64(peak) / (1 << 20)
}

// BenchmarkPipeline is crosscheck's whole per-article pipeline on the 966
// ECB+ articles, on one goroutine: reading and normalizing the JSONL,
// segmenting, dates, mentions, claims. MB/s counts article text.
func BenchmarkPipeline(b *testing.B) {
	_, n := ecbBytes(b)
	b.SetBytes(n)
	b.ReportAllocs()
	var peak float64
	for i := 0; i < b.N; i++ {
		p := peakHeap(func() {
			res := corpus.Read([]string{ecbplus}, corpus.Options{})
			claims.ExtractAll(res.Articles, nil, 1)
		})
		if p > peak {
			peak = p
		}
	}
	b.ReportMetric(peak, "peakHeapMiB")
}

// BenchmarkProsePipeline is prose's own full pipeline (segment, tokenize,
// tag, NER) on the same texts, with its model loaded once, as the yardstick.
func BenchmarkProsePipeline(b *testing.B) {
	arts, n := ecbBytes(b)
	warm, err := prose.NewDocument("Warm up.", prose.WithSegmentation(false))
	if err != nil {
		b.Skip("prose model unavailable")
	}
	model := warm.Model
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	var peak float64
	for i := 0; i < b.N; i++ {
		p := peakHeap(func() {
			for _, a := range arts {
				if _, err := prose.NewDocument(a.Raw, prose.UsingModel(model)); err != nil {
					b.Fatal(err)
				}
			}
		})
		if p > peak {
			peak = p
		}
	}
	b.ReportMetric(peak, "peakHeapMiB")
}
