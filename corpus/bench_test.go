package corpus

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// ecbplusPath is the ECB+ articles file in ../shared (966 real news articles).
var ecbplusPath = filepath.Join("..", "..", "shared", "eval", "ecbplus", "ecbplus_articles.jsonl")

func loadECBPlus(b *testing.B) ([]byte, int64) {
	b.Helper()
	data, err := os.ReadFile(ecbplusPath)
	if err != nil {
		b.Skipf("ECB+ not found (%v): run beside ../shared", err)
	}
	// the MB/s are of article text, the "text" fields, not of JSON
	var n int64
	for _, l := range bytes.Split(data, []byte{'\n'}) {
		var r struct{ Text string }
		if json.Unmarshal(l, &r) == nil {
			n += int64(len(r.Text))
		}
	}
	return data, n
}

// BenchmarkReadSegment reads all ECB+ articles from JSONL: JSON decoding,
// checks, normalization with its offset map, blocks, datelines and
// sentences.
func BenchmarkReadSegment(b *testing.B) {
	data, n := loadECBPlus(b)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		arts, errs := ReadJSONL(ecbplusPath, bytes.NewReader(data), Options{})
		if len(errs) > 0 || len(arts) == 0 {
			b.Fatalf("%d articles, errors %v", len(arts), errs)
		}
	}
}

// BenchmarkSegment is the segmenter alone on the normalized ECB+ texts.
func BenchmarkSegment(b *testing.B) {
	data, n := loadECBPlus(b)
	arts, _ := ReadJSONL(ecbplusPath, bytes.NewReader(data), Options{})
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			Segment(a.Text)
		}
	}
}

// BenchmarkNormalize is normalization with its offset map alone.
func BenchmarkNormalize(b *testing.B) {
	data, n := loadECBPlus(b)
	arts, _ := ReadJSONL(ecbplusPath, bytes.NewReader(data), Options{})
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			Normalize(a.Raw)
		}
	}
}

// BenchmarkParseHTML reads the HTML fixtures.
func BenchmarkParseHTML(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	var pages [][]byte
	var n int64
	for _, p := range files {
		d, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, d)
		n += int64(len(d))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for i, p := range pages {
			if _, err := ParseHTML(files[i], p); err != nil {
				b.Fatal(err)
			}
		}
	}
}
