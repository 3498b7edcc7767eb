package corpus

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// wantArticle is what a reader test expects of one article. Texts are raw:
// a.Raw[span] of the item, so every expectation is also a byte-offset check.
type wantArticle struct {
	id, title, outlet, url, published string
	line                              int
	headline                          string   // raw text of the headline block
	dateline                          string   // place of the dateline
	headings                          []string // raw text of heading blocks
	furniture                         []string // raw text of furniture blocks
	sentences                         []string // raw text of every sentence, in order
	spans                             []Span   // when set, the raw spans of the first sentences
}

var readerTests = []struct {
	desc string
	name string // file name: its extension picks the reader
	in   string
	want []wantArticle
}{
	{
		desc: "txt: headline, dateline, curly apostrophe, photo credit",
		name: "port.txt",
		in:   "Valdora’s port reopens after storm\nVALDORA — The port reopened on Thursday, officials said.\nCrews worked through the night.\nPhoto: Staff\n",
		want: []wantArticle{{
			id: "port", line: 1,
			headline:  "Valdora’s port reopens after storm",
			dateline:  "VALDORA",
			furniture: []string{"Photo: Staff"},
			sentences: []string{"Valdora’s port reopens after storm", "The port reopened on Thursday, officials said.", "Crews worked through the night."},
			// "Valdora’s" holds a 3-byte apostrophe; the dateline's dash is 3 bytes too
			spans: []Span{{0, 36}, {49, 95}},
		}},
	},
	{
		desc: "txt: no headline when the first line is a sentence",
		name: "plain.txt",
		in:   "The council met on Monday. It voted to close the bridge.\nWork starts in June.",
		want: []wantArticle{{
			id: "plain", line: 1,
			sentences: []string{"The council met on Monday.", "It voted to close the bridge.", "Work starts in June."},
		}},
	},
	{
		desc: "txt: CRLF, no-break space, é, a heading and a Source: line",
		name: "crlf.txt",
		in:   "Prices rose.\u00a0Wages did not.\r\nWhat comes next\r\nThe café owners’ union will meet again.\r\nSource:\r\n",
		want: []wantArticle{{
			id: "crlf", line: 1,
			headings:  []string{"What comes next"},
			furniture: []string{"Source:"},
			sentences: []string{"Prices rose.", "Wages did not.", "The café owners’ union will meet again."},
			spans:     []Span{{0, 12}, {14, 28}, {47, 89}},
		}},
	},
	{
		desc: "txt: decomposed accents (NFD) map back to the decomposed bytes",
		name: "nfd.txt",
		in:   "Jose\u0301 Nun\u0303ez left the ministry. He gave no reason.",
		want: []wantArticle{{
			id: "nfd", line: 1,
			sentences: []string{"Jose\u0301 Nun\u0303ez left the ministry.", "He gave no reason."},
			spans:     []Span{{0, 33}, {34, 52}},
		}},
	},
	{
		desc: "txt: breadcrumb and language menu are furniture",
		name: "menu.txt",
		in:   "Breadcrumb\nWhy is the bridge closed?\nThe bridge closed on Monday.\nEnglish\nFrench\nEspañol\n",
		want: []wantArticle{{
			id: "menu", line: 1,
			headline:  "Why is the bridge closed?",
			furniture: []string{"Breadcrumb", "English", "French", "Español"},
			sentences: []string{"Why is the bridge closed?", "The bridge closed on Monday."},
		}},
	},
	{
		desc: "md: front matter, a first line repeating the title, Markdown headings and bullets",
		name: "story.md",
		in: "---\nid: ledger-42\ntitle: “Dock strike ends”\noutlet: The Ledger\nurl: https://ledger.example/42\npublished: 2026-01-28\n---\n" +
			"# “Dock strike ends”\n\nWorkers returned on Tuesday.\n\n## What changed\n\n- Pay rose by 4%.\n- Night shifts end.\n",
		want: []wantArticle{{
			id: "ledger-42", title: "“Dock strike ends”", outlet: "The Ledger", url: "https://ledger.example/42", published: "2026-01-28", line: 1,
			headline:  "“Dock strike ends”",
			headings:  []string{"What changed"},
			sentences: []string{"“Dock strike ends”", "Workers returned on Tuesday.", "Pay rose by 4%.", "Night shifts end."},
			spans:     []Span{{126, 148}},
		}},
	},
	{
		desc: "txt: front matter with a date-time, a byte-order mark, no id",
		name: "bom.txt",
		in:   "\ufeff---\ntitle: Talks\npublished: 2026-01-28T10:00:00+03:00\n---\nTalks began at 5 p.m. Putin spoke first.\n",
		want: []wantArticle{{
			id: "bom", title: "Talks", published: "2026-01-28T10:00:00+03:00", line: 1,
			sentences: []string{"Talks began at 5 p.m.", "Putin spoke first."},
			spans:     []Span{{61, 82}},
		}},
	},
	{
		desc: "jsonl: offsets into the text field, line numbers, id fallback, unknown fields ignored",
		name: "batch.jsonl",
		in: `{"id": "a1", "title": "Bridge", "outlet": "Post", "url": "https://post.example/a1", "published": "2025-10-15", "text": "Zoë said: “It’s shut.” Traffic moved west.", "topic": 7}` + "\n\n" +
			`{"text": "caf\u00e9 owners met. They agreed."}` + "\n",
		want: []wantArticle{
			{
				id: "a1", title: "Bridge", outlet: "Post", url: "https://post.example/a1", published: "2025-10-15", line: 1,
				sentences: []string{"Zoë said: “It’s shut.”", "Traffic moved west."},
				spans:     []Span{{0, 29}, {30, 49}},
			},
			{
				id: "batch-3", line: 3,
				sentences: []string{"café owners met.", "They agreed."},
				spans:     []Span{{0, 17}, {18, 30}},
			},
		},
	},
	{
		desc: "json: one object",
		name: "one.json",
		in:   `{"id": 17, "title": "Vote", "text": "MOSCOW - The vote was held on Jan. 28 in the capital."}`,
		want: []wantArticle{{
			id: "17", title: "Vote", line: 1, dateline: "MOSCOW",
			sentences: []string{"The vote was held on Jan. 28 in the capital."},
			spans:     []Span{{9, 53}},
		}},
	},
	{
		desc: "json: an array, each article with the line it starts on",
		name: "many.json",
		in:   "[\n  {\"text\": \"Señora Ruiz won.\"},\n  {\"id\": \"b\",\n   \"text\": \"The U.S. team lost. Fans left early.\"}\n]\n",
		want: []wantArticle{
			{id: "many-1", line: 2, sentences: []string{"Señora Ruiz won."}, spans: []Span{{0, 17}}},
			{id: "b", line: 3, sentences: []string{"The U.S. team lost.", "Fans left early."}},
		},
	},
}

func TestReaders(t *testing.T) {
	for _, tc := range readerTests {
		t.Run(tc.desc, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tc.name)
			if err := os.WriteFile(path, []byte(tc.in), 0o644); err != nil {
				t.Fatal(err)
			}
			arts, errs := ReadFile(path, Options{})
			if len(errs) > 0 {
				t.Fatalf("errors: %v", errs)
			}
			if len(arts) != len(tc.want) {
				t.Fatalf("got %d articles, want %d", len(arts), len(tc.want))
			}
			for i, w := range tc.want {
				checkArticle(t, arts[i], w, true)
			}
		})
	}
}

// TestParseHTML reads the HTML fixtures in testdata/html (our own pages).
func TestParseHTML(t *testing.T) {
	tests := []struct {
		desc, file string
		want       wantArticle
	}{
		{"og: metadata, <article>, entities, figure, aside, share bar and footer left out",
			"article.html", wantArticle{
				id: "article", title: "Harbour talks resume in Valdora", outlet: "The Coastal Ledger",
				url: "https://ledger.example/2026/03/harbour-talks", published: "2026-03-04T09:30:00+01:00", line: 1,
				headline: "Harbour talks resume in Valdora",
				dateline: "VALDORA",
				headings: []string{"What is at stake"},
				sentences: []string{
					"Harbour talks resume in Valdora",
					"Negotiators from the two port authorities met again on Tuesday, the first session since the strike in&nbsp;January.",
					"“We are closer than we were,” said Ana Lúcia Ferreira, who chairs the talks.",
					"The ministry&#8217;s envoy, Gen. Tomas Brandt, did not attend.",
					"Freight volumes fell by 12% in 2025 &amp; the deep-water berth is still closed.",
					"Dock workers want a new contract before May.",
					"Wages", "Night shifts",
				},
			}},
		{"JSON-LD @graph metadata, <title> with the outlet, densest block of <p> without <article>",
			"densest.html", wantArticle{
				id: "densest", title: "Flood barrier approved after long delay", outlet: "River Post",
				url: "https://riverpost.example/flood-barrier", published: "2025-11-18", line: 1,
				sentences: []string{
					"The town council of Meršin approved the flood barrier on Monday after six years of delay.",
					"The barrier will cost €41 million, officials said.",
					"Work starts in the spring.",
					"Residents of the lower quarter, flooded twice since 2019, welcomed the vote.",
				},
			}},
		{"<main> without paragraphs: <br> breaks lines",
			"linebreaks.html", wantArticle{
				id: "linebreaks", title: "Night ferry cancelled", line: 1,
				sentences: []string{
					"Port officials cancelled the night ferry on Friday.",
					"Storm winds reached 90 km/h.",
					"The service resumes on Sunday, they said.",
				},
			}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			path := filepath.Join("testdata", "html", tc.file)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a, ierr := ParseHTML(path, data)
			if ierr != nil {
				t.Fatal(ierr)
			}
			if a.Raw != string(data) {
				t.Error("Raw is not the file as read")
			}
			checkArticle(t, a, tc.want, false)
		})
	}
}

func TestParseHTMLMetadata(t *testing.T) {
	tests := []struct {
		desc, page                          string
		title, outlet, url, published, from string
	}{
		{"title from <title> without the outlet suffix, outlet from JSON-LD publisher array",
			`<title>Rail link opens – Metro Daily</title><script type="application/ld+json">[{"@type":"NewsArticle","publisher":[{"name":"Metro Daily"}],"datePublished":"2025-06-01T08:00:00Z"}]</script><p>The link opened on Sunday.</p>`,
			"Rail link opens", "Metro Daily", "", "2025-06-01T08:00:00Z", "JSON-LD datePublished"},
		{"malformed JSON-LD is ignored; itemprop datePublished on <time>",
			`<script type="application/ld+json">{"@type": "NewsArticle", </script><h1>Mill closes</h1><time itemprop="datePublished" datetime="2024-02-29">Feb 29</time><p>The mill closed after 80 years.</p>`,
			"Mill closes", "", "", "2024-02-29", "itemprop datePublished"},
		{"a bad article:published_time falls back to the next source",
			`<meta property="article:published_time" content="yesterday"><meta name="pubdate" content="2023-12-24"><p>Snow fell.</p>`,
			"", "", "", "2023-12-24", "meta pubdate"},
		{"og:url when there is no canonical link; entities in attributes",
			`<meta property="og:url" content="https://x.example/a?b=1&amp;c=2"><meta property="og:title" content="Q&amp;A: the budget"><p>Ask away.</p>`,
			"Q&A: the budget", "", "https://x.example/a?b=1&c=2", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			a, err := ParseHTML("page.html", []byte(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			got := []string{a.Title, a.Outlet, a.URL, a.Published, a.PublishedFrom}
			want := []string{tc.title, tc.outlet, tc.url, tc.published, tc.from}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("title, outlet, url, published, from\n got  %q\n want %q", got, want)
			}
		})
	}
}

func checkArticle(t *testing.T, a *Article, w wantArticle, renormalize bool) {
	t.Helper()
	got := []any{a.ID, a.Title, a.Outlet, a.URL, a.Published, a.Line}
	want := []any{w.id, w.title, w.outlet, w.url, w.published, w.line}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("id, title, outlet, url, published, line\n got  %q\n want %q", got, want)
	}
	raw := func(start, end int) string {
		sp := a.RawSpan(start, end)
		if sp.Start < 0 || sp.End > len(a.Raw) || sp.Start > sp.End {
			t.Fatalf("span %v out of range of %d raw bytes", sp, len(a.Raw))
		}
		s := a.Raw[sp.Start:sp.End]
		if !utf8.ValidString(s) {
			t.Errorf("raw span %v cuts a rune: %q", sp, s)
		}
		return s
	}
	var headline string
	var headings, furniture []string
	for _, b := range a.Blocks {
		switch b.Kind {
		case Headline:
			headline = raw(b.Start, b.End)
		case Heading:
			headings = append(headings, raw(b.Start, b.End))
		case Furniture:
			furniture = append(furniture, raw(b.Start, b.End))
		}
	}
	if headline != w.headline {
		t.Errorf("headline: got %q, want %q", headline, w.headline)
	}
	if !reflect.DeepEqual(headings, w.headings) {
		t.Errorf("headings: got %q, want %q", headings, w.headings)
	}
	if !reflect.DeepEqual(furniture, w.furniture) {
		t.Errorf("furniture: got %q, want %q", furniture, w.furniture)
	}
	place := ""
	if a.Dateline != nil {
		place = a.Dateline.Place
	}
	if place != w.dateline {
		t.Errorf("dateline: got %q, want %q", place, w.dateline)
	}
	var sents []string
	var spans []Span
	for i, s := range a.Sentences {
		r := raw(s.Start, s.End)
		sents = append(sents, r)
		spans = append(spans, a.RawSpan(s.Start, s.End))
		if renormalize {
			// the text analysed is the raw text normalized
			if n, _ := Normalize(r); n != a.SentenceText(i) {
				t.Errorf("sentence %d: Text %q is not Normalize(raw) %q", i, a.SentenceText(i), n)
			}
		}
	}
	if !reflect.DeepEqual(sents, w.sentences) {
		t.Errorf("sentences\n got  %q\n want %q", sents, w.sentences)
	}
	if len(w.spans) > 0 && (len(spans) < len(w.spans) || !reflect.DeepEqual(spans[:len(w.spans)], w.spans)) {
		t.Errorf("spans: got %v, want first %v", spans, w.spans)
	}
	if strings.ContainsAny(a.Text, "\r\u00a0\u2019") {
		t.Errorf("Text is not normalized: %q", a.Text)
	}
}
