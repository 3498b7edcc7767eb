package corpus

import "sort"

// BlockKind says what a block of an article is, so that later stages can skip
// what is not article text.
type BlockKind uint8

const (
	// Paragraph is running article text.
	Paragraph BlockKind = iota
	// Headline is the article's title line when the text carries one.
	Headline
	// Heading is a section heading inside the article ("Context of the Meeting").
	Heading
	// Furniture is page chrome: breadcrumbs, language menus, photo credits,
	// share lines. It is never analysed.
	Furniture
	// FrontMatter is the YAML metadata block of a .txt or .md file.
	FrontMatter
)

var blockKindNames = [...]string{"paragraph", "headline", "heading", "furniture", "front-matter"}

func (k BlockKind) String() string {
	if int(k) < len(blockKindNames) {
		return blockKindNames[k]
	}
	return "unknown"
}

// Block is a line-level unit of an article: a paragraph, a heading, a piece of
// furniture. Start and End are offsets into Article.Text.
type Block struct {
	Kind       BlockKind
	Start, End int
	// Timestamp marks a line that only says when the page was published or
	// updated ("Published: May 3, 2013, 1:32 PM ET", "Updated 4/9/2007
	// 6:04 PM"). Its Kind is Heading: it is no article text to take claims
	// from (it has no sentences), but date finders that read headings see
	// it, and it is the best evidence of the publication date a text gives.
	// It is never the headline.
	Timestamp bool
}

// Sentence is a sentence of a Paragraph or Headline block. Start and End are
// offsets into Article.Text; Block indexes Article.Blocks.
type Sentence struct {
	Start, End int
	Block      int
}

// Dateline is the place a story was filed from ("MOSCOW - "), recognized at
// the start of the first paragraph. It is metadata, not text to extract
// claims from: the paragraph's first sentence starts after it.
type Dateline struct {
	Place      string // as written, e.g. "MOSCOW"
	Start, End int    // the whole dateline in Article.Text, separator included
}

// Article is one news article as read, with its metadata and its text cut into
// blocks and sentences.
type Article struct {
	ID     string
	Path   string // the file it came from
	Line   int    // line of the file where the article starts (JSONL), else 1
	Title  string
	Outlet string
	URL    string
	// Published is the publication date or date-time given by metadata,
	// normalized to ISO 8601 ("2026-01-28" or "2026-01-28T10:00:00Z"); empty when
	// the metadata gives none. Inferring it from the text is claims' job.
	Published string
	// PublishedFrom names the metadata field that gave Published.
	PublishedFrom string

	// Raw is the article as read from disk (or the JSONL/JSON "text" field).
	// Every reported offset is into Raw.
	Raw string
	// Text is Raw normalized for analysis; Map takes its offsets back to Raw.
	Text string
	Map  *OffsetMap

	Blocks    []Block
	Sentences []Sentence
	Dateline  *Dateline
}

// RawSpan maps a range of Text to the range of Raw it came from.
func (a *Article) RawSpan(start, end int) Span { return a.Map.RawSpan(start, end) }

// Slice returns Text[start:end]; it is a convenience for readable code.
func (a *Article) Slice(start, end int) string { return a.Text[start:end] }

// SentenceText returns the text of sentence i.
func (a *Article) SentenceText(i int) string {
	s := a.Sentences[i]
	return a.Text[s.Start:s.End]
}

// SentenceAt returns the index of the sentence containing byte offset off of
// Text, or -1 when no sentence does.
func (a *Article) SentenceAt(off int) int {
	i := sort.Search(len(a.Sentences), func(i int) bool { return a.Sentences[i].End > off })
	if i < len(a.Sentences) && a.Sentences[i].Start <= off {
		return i
	}
	return -1
}

// SentenceKind returns the kind of the block sentence i belongs to.
func (a *Article) SentenceKind(i int) BlockKind { return a.Blocks[a.Sentences[i].Block].Kind }

// HeadlineText returns the article's title from metadata, else its headline
// block as written in Raw, else "".
func (a *Article) HeadlineText() string {
	if a.Title != "" {
		return a.Title
	}
	for _, b := range a.Blocks {
		if b.Kind == Headline {
			sp := a.RawSpan(b.Start, b.End)
			return a.Raw[sp.Start:sp.End]
		}
	}
	return ""
}

// build normalizes Raw and cuts the text after raw offset body (the end of
// the front matter, or 0) into blocks and sentences.
func (a *Article) build(body int) { a.buildFrom(a.Raw, nil, buildOptions{body: body}) }

// buildOptions says how to cut an article's text into blocks.
type buildOptions struct {
	body     int        // offset in the source text where the article text starts (after front matter)
	hints    []lineHint // kinds the markup gives to lines, sorted by start
	markdown bool       // the source is Markdown
}

// lineHint gives the kind the markup says a line of extracted text has
// (an HTML <h2> is a heading whatever it looks like). start is an offset into
// the extracted text.
type lineHint struct {
	start int
	kind  BlockKind
}

// buildFrom makes Text from src, a text already extracted from Raw (src is
// Raw itself for plain text), with srcMap mapping src offsets to Raw (nil when
// src is Raw).
func (a *Article) buildFrom(src string, srcMap *OffsetMap, o buildOptions) {
	body, hints := o.body, o.hints
	text, inner := Normalize(src)
	a.Text, a.Map = text, srcMap.Compose(inner)
	nb := 0
	if body > 0 {
		// the normalized offset of the body start: the first offset that maps at or past it
		nb = sort.Search(len(text), func(n int) bool { return inner.Raw(n) >= body })
		a.Blocks = append(a.Blocks, Block{Kind: FrontMatter, Start: 0, End: nb})
	}
	blocks := splitBlocks(a.Text, nb, a.Title, o.markdown)
	if hints != nil {
		for k := range blocks {
			b := &blocks[k]
			if b.Kind == Furniture || b.Timestamp {
				continue
			}
			x := inner.Raw(b.Start)
			h := sort.Search(len(hints), func(h int) bool { return hints[h].start > x }) - 1
			if h >= 0 {
				b.Kind = hints[h].kind
			}
		}
	}
	a.Blocks = append(a.Blocks, blocks...)
	for i, b := range a.Blocks {
		if b.Kind != Paragraph && b.Kind != Headline {
			continue
		}
		start := b.Start
		if a.Dateline == nil && b.Kind == Paragraph && a.paragraphsBefore(i) < 3 {
			if d := findDateline(a.Text[b.Start:b.End]); d != nil {
				d.Start += b.Start
				d.End += b.Start
				a.Dateline = d
				start = d.End
			}
		}
		for _, s := range splitSentences(a.Text, start, b.End) {
			a.Sentences = append(a.Sentences, Sentence{Start: s[0], End: s[1], Block: i})
		}
	}
}

// paragraphsBefore counts the paragraphs before block i: a dateline opens one
// of the first few (a standfirst may come before it).
func (a *Article) paragraphsBefore(i int) int {
	n := 0
	for _, b := range a.Blocks[:i] {
		if b.Kind == Paragraph {
			n++
		}
	}
	return n
}

// checkSentences rejects an article in which nothing is left to analyse:
// every line is page furniture (or a heading).
func (a *Article) checkSentences() *InputError {
	if len(a.Sentences) > 0 {
		return nil
	}
	return inputErr(a.Path, a.Line, "no article text: every line is page furniture (%d lines)", len(a.Blocks))
}
