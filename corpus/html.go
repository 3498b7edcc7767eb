package corpus

import (
	"bytes"
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
)

// ParseHTML reads one HTML article page. The article's main text is taken
// from the page's markup (an itemprop="articleBody" element, else the main
// <article>, else <main>, else the element holding the densest run of <p>
// text), leaving out scripts, navigation, headers, footers, asides, forms,
// figures and elements whose class or id names page furniture
// (data/html_classes.txt). Each paragraph, heading or list item becomes a
// line; <h1>–<h6> are headline and headings whatever they look like.
// Metadata comes from og: tags, article:published_time, JSON-LD
// (NewsArticle and its kin), <title> and <link rel=canonical>.
//
// Raw is the HTML file as read and every offset maps back into it: text
// copied from the page maps byte for byte, a decoded entity ("&amp;") maps to
// the whole entity, and inserted line breaks map to the next text.
//
// The page must be UTF-8: offsets into a transcoded copy would not be offsets
// into the file.
func ParseHTML(path string, data []byte) (*Article, *InputError) {
	if err := checkText(path, 1, data); err != nil {
		if strings.HasPrefix(err.Msg, "invalid UTF-8") {
			if cs := declaredCharset(data); cs != "" && !strings.EqualFold(cs, "utf-8") && !strings.EqualFold(cs, "utf8") {
				err.Msg += "; the page declares charset " + cs
			}
		}
		return nil, err
	}
	doc := parseHTMLTree(data)
	a := &Article{ID: idFromPath(path), Path: path, Line: 1, Raw: string(data)}
	pageMetadata(doc, data, a)
	x := &extractor{data: data, m: &OffsetMap{rawN: len(data)}, space: -1}
	x.walk(mainContent(doc), 0, true)
	if strings.TrimSpace(x.b.String()) == "" {
		return nil, inputErr(path, 0, "no article text found in the HTML page")
	}
	src := x.b.String()
	x.m.nN = len(src)
	x.m.add(len(src), x.lastEnd, 0, true)
	a.buildFrom(src, x.m, buildOptions{hints: x.hints})
	if err := a.checkSentences(); err != nil {
		return nil, err
	}
	return a, nil
}

// hnode is an element or text node of the light tree ParseHTML builds. The
// standard parser (html.Parse) is not used because it keeps no source
// offsets; this tree keeps them, and follows the parts of HTML's tree rules
// that matter to article text (implied </p> and </li>, void elements).
type hnode struct {
	tag        string // lower-case element name; "" for text
	attrs      []html.Attribute
	start, end int    // raw range: the text, or the start tag
	raw        []byte // a text node's raw bytes (a slice of the page)
	parent     *hnode
	children   []*hnode
}

func (n *hnode) attr(key string) string {
	for _, a := range n.attrs {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

const (
	maxTreeDepth = 256 // deeper elements are flattened into their ancestor
	maxCloseScan = 64  // how far up an end tag looks for its element
)

var voidElements = setOf("area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr")

// closesP lists the start tags that close an open <p>.
var closesP = setOf("address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "table", "ul", "dd", "dt")

func setOf(s ...string) map[string]bool {
	m := make(map[string]bool, len(s))
	for _, x := range s {
		m[x] = true
	}
	return m
}

func parseHTMLTree(data []byte) *hnode {
	root := &hnode{tag: "#document"}
	stack := []*hnode{root}
	top := func() *hnode { return stack[len(stack)-1] }
	// closeTo pops up to and including the nearest open element named tag,
	// not looking past a boundary element.
	closeTo := func(tag string, boundary map[string]bool) {
		for i := len(stack) - 1; i > 0 && i >= len(stack)-maxCloseScan; i-- {
			if stack[i].tag == tag {
				stack = stack[:i]
				return
			}
			if boundary[stack[i].tag] {
				return
			}
		}
	}
	listBoundary := setOf("ul", "ol", "menu", "table", "article", "main", "body")
	tableBoundary := setOf("table")
	z := html.NewTokenizer(bytes.NewReader(data))
	off := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		start := off
		off += len(z.Raw())
		switch tt {
		case html.TextToken:
			p := top()
			p.children = append(p.children, &hnode{start: start, end: off, raw: data[start:off:off], parent: p})
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			tag := string(name)
			n := &hnode{tag: tag, start: start, end: off}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				n.attrs = append(n.attrs, html.Attribute{Key: string(k), Val: string(v)})
			}
			switch {
			case closesP[tag]:
				closeTo("p", setOf()) // HTML: these close an open paragraph
				if tag == "li" {
					closeTo("li", listBoundary)
				}
				if tag == "dd" || tag == "dt" {
					closeTo("dd", listBoundary)
					closeTo("dt", listBoundary)
				}
			case tag == "td" || tag == "th":
				closeTo("td", tableBoundary)
				closeTo("th", tableBoundary)
			case tag == "tr":
				closeTo("tr", tableBoundary)
			case tag == "body":
				closeTo("head", nil)
			}
			p := top()
			n.parent = p
			p.children = append(p.children, n)
			if tt == html.StartTagToken && !voidElements[tag] && len(stack) < maxTreeDepth {
				stack = append(stack, n)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			switch tag := string(name); tag {
			case "html", "body":
				// content after </body> is still the page's
			default:
				closeTo(tag, nil)
			}
		}
	}
	return root
}

// droppedTags never hold article text.
var droppedTags = setOf("script", "style", "noscript", "template", "head", "title", "nav", "header", "footer", "aside",
	"form", "figure", "figcaption", "button", "svg", "math", "iframe", "select", "option", "textarea", "input", "label",
	"canvas", "video", "audio", "picture", "object", "embed", "map", "menu", "dialog", "noembed", "noframes", "xmp", "plaintext")

// blockTags start a new line.
var blockTags = setOf("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
	"blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "address", "details", "summary", "hr", "br",
	"center", "body", "html")

// dropped reports whether an element is page furniture by its tag, its
// hidden state, or a class or id token listed in data/html_classes.txt.
func dropped(n *hnode) bool {
	if droppedTags[n.tag] {
		return true
	}
	for _, a := range n.attrs {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(a.Val, "true") {
				return true
			}
		case "style":
			s := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		case "class", "id":
			if furnitureClass(a.Val) {
				return true
			}
		case "role":
			switch strings.ToLower(a.Val) {
			case "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu", "menubar":
				return true
			}
		}
	}
	return false
}

// furnitureClass reports whether a class or id attribute holds a token (split
// at anything that is not a letter or digit) that names page furniture.
func furnitureClass(v string) bool {
	for _, tok := range strings.FieldsFunc(strings.ToLower(v), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}) {
		if htmlClasses[tok] {
			return true
		}
	}
	return false
}

// mainContent picks the element that holds the article: an
// itemprop="articleBody" element, else an <article>, else <main> (or
// role="main"), taking in each tier the one with the most paragraph text;
// else the element with the densest paragraph text (a paragraph's length
// counts fully for its parent and half for its grandparent).
func mainContent(doc *hnode) *hnode {
	var body, articleBody, article, mainEl *hnode
	var bodyN, articleN, mainN int
	score := map[*hnode]int{}
	var walk func(n *hnode, depth int) int
	// walk returns the length of the paragraph text under n and fills the tiers
	walk = func(n *hnode, depth int) int {
		if n.tag == "" {
			return 0
		}
		if n != doc && dropped(n) {
			return 0
		}
		ptext := 0
		for _, c := range n.children {
			ptext += walk(c, depth+1)
		}
		if n.tag == "p" {
			l := len(strings.TrimSpace(plainText(n)))
			ptext += l
			if n.parent != nil {
				score[n.parent] += 2 * l
				if n.parent.parent != nil {
					score[n.parent.parent] += l
				}
			}
		}
		switch {
		case strings.Contains(" "+strings.ToLower(n.attr("itemprop"))+" ", " articlebody "):
			if articleBody == nil || ptext > bodyN {
				articleBody, bodyN = n, ptext
			}
		case n.tag == "article":
			if article == nil || ptext > articleN {
				article, articleN = n, ptext
			}
		case n.tag == "main" || strings.EqualFold(n.attr("role"), "main"):
			if mainEl == nil || ptext > mainN {
				mainEl, mainN = n, ptext
			}
		case n.tag == "body":
			body = n
		}
		return ptext
	}
	total := walk(doc, 0)
	// A tier is trusted when it holds a fair share of the page's paragraph
	// text: a page may use <article> for teaser cards too.
	for _, c := range []struct {
		n *hnode
		l int
	}{{articleBody, bodyN}, {article, articleN}, {mainEl, mainN}} {
		if c.n != nil && (c.l > 0 && 2*c.l >= total || total == 0) {
			return c.n
		}
	}
	var best *hnode
	for n, s := range score {
		if best == nil || s > score[best] || s == score[best] && n.start < best.start {
			best = n
		}
	}
	if best != nil {
		return best
	}
	if body != nil {
		return body
	}
	return doc
}

// plainText returns the decoded text under n, skipping dropped elements.
func plainText(n *hnode) string {
	var b strings.Builder
	var walk func(n *hnode, depth int)
	walk = func(n *hnode, depth int) {
		for _, c := range n.children {
			if c.tag == "" {
				b.WriteString(html.UnescapeString(string(c.raw)))
			} else if !dropped(c) {
				walk(c, depth+1)
			}
		}
	}
	walk(n, 0)
	return b.String()
}

// extractor builds the article text from the main content element: the text
// of its text nodes with entities decoded and white space collapsed, one line
// per block, and the map from that text back to the page's bytes.
type extractor struct {
	data  []byte
	b     strings.Builder
	m     *OffsetMap
	hints []lineHint
	// state of the current line
	lastEnd   int       // raw offset just past the last text written
	lineOpen  bool      // the line has text
	space     int       // raw offset of a pending collapsed space, or -1
	kind      BlockKind // kind of the block being read
	headlines int       // <h1> seen
}

func (x *extractor) walk(n *hnode, depth int, root bool) {
	if n.tag == "" {
		x.text(n.start, n.raw)
		return
	}
	if !root && dropped(n) {
		return
	}
	block := blockTags[n.tag]
	saved := x.kind
	if block {
		x.endLine()
		switch n.tag {
		case "h1":
			x.kind = Heading
			if x.headlines == 0 {
				x.kind = Headline
			}
			x.headlines++
		case "h2", "h3", "h4", "h5", "h6":
			x.kind = Heading
		default:
			if x.kind != Headline && x.kind != Heading {
				x.kind = Paragraph
			}
		}
	}
	for _, c := range n.children {
		x.walk(c, depth+1, false)
	}
	if block {
		x.endLine()
		x.kind = saved
	}
}

// endLine closes the current line; the line break is written when the next
// line's text comes, so that no empty line is made.
func (x *extractor) endLine() {
	x.lineOpen = false
	x.space = -1
}

// text appends the text of a text node whose raw bytes start at base.
func (x *extractor) text(base int, raw []byte) {
	for i := 0; i < len(raw); {
		c := raw[i]
		if isHTMLSpace(c) {
			if x.lineOpen && x.space < 0 {
				x.space = base + i
			}
			i++
			continue
		}
		var piece string
		n := 0
		same := true
		if c == '&' {
			piece, n = decodeEntity(raw[i:])
			same = n == 0
		}
		if same {
			// a run of plain bytes
			n = 1
			for i+n < len(raw) && raw[i+n] != '&' && !isHTMLSpace(raw[i+n]) {
				n++
			}
			piece = string(raw[i : i+n])
		} else {
			piece = strings.Map(func(r rune) rune {
				if r == '\n' || r == '\r' || r == '\t' || r == '\f' || r == '\u2028' || r == '\u2029' {
					return ' '
				}
				return r
			}, piece)
		}
		x.open(base + i)
		x.m.add(x.b.Len(), base+i, base+i+n, same)
		x.b.WriteString(piece)
		i += n
		x.lastEnd = base + i
	}
}

// open starts a line or writes a pending space before text at raw offset r.
func (x *extractor) open(r int) {
	if !x.lineOpen {
		if x.b.Len() > 0 {
			// the line break stands for the markup between the two lines
			x.m.add(x.b.Len(), x.lastEnd, r, false)
			x.b.WriteByte('\n')
		}
		x.hints = append(x.hints, lineHint{start: x.b.Len(), kind: x.kind})
		x.lineOpen = true
		x.space = -1
		return
	}
	if x.space >= 0 {
		x.m.add(x.b.Len(), x.space, r, r-x.space == 1 && x.data[x.space] == ' ')
		x.b.WriteByte(' ')
		x.space = -1
	}
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// decodeEntity decodes the character reference at the start of s ("&amp;",
// "&#8217;", "&eacute", "&#x2014;"). It returns the text and the number of
// bytes it takes, or n == 0 when s does not start with one.
func decodeEntity(s []byte) (string, int) {
	if len(s) < 2 {
		return "", 0
	}
	j := 1
	numeric := s[1] == '#'
	if numeric {
		j = 2
		hex := j < len(s) && (s[j] == 'x' || s[j] == 'X')
		if hex {
			j++
		}
		d := j
		for j < len(s) && j-d < 16 && (s[j] >= '0' && s[j] <= '9' || hex && (s[j]|0x20 >= 'a' && s[j]|0x20 <= 'f')) {
			j++
		}
		if j == d {
			return "", 0
		}
	} else {
		for j < len(s) && j < 40 && (s[j]|0x20 >= 'a' && s[j]|0x20 <= 'z' || s[j] >= '0' && s[j] <= '9') {
			j++
		}
		if j == 1 {
			return "", 0
		}
	}
	if j < len(s) && s[j] == ';' {
		j++
	}
	cand := string(s[:j])
	dec := html.UnescapeString(cand)
	if dec == cand {
		return "", 0
	}
	if numeric || cand[len(cand)-1] == ';' {
		return dec, j
	}
	// a legacy entity without ';' ("&copy2024"): the decoder replaced a prefix
	// of the name and left the rest as it was
	k := 0
	for k < len(dec)-1 && k < len(cand)-2 && dec[len(dec)-1-k] == cand[len(cand)-1-k] {
		k++
	}
	return dec[:len(dec)-k], j - k
}

// declaredCharset returns the charset a page declares in its first bytes.
func declaredCharset(data []byte) string {
	head := strings.ToLower(string(data[:min(len(data), 2048)]))
	i := strings.Index(head, "charset=")
	if i < 0 {
		return ""
	}
	v := strings.TrimLeft(head[i+len("charset="):], "\"' ")
	e := strings.IndexAny(v, "\"' ;>/")
	if e < 0 {
		return ""
	}
	return v[:e]
}

// pageMetadata fills the article's title, outlet, URL and publication date
// from the page's <meta>, <link>, <title> and JSON-LD.
func pageMetadata(doc *hnode, data []byte, a *Article) {
	meta := map[string]string{}
	var title, canonical, h1 string
	var ld []map[string]any
	var walk func(n *hnode)
	walk = func(n *hnode) {
		switch n.tag {
		case "meta":
			key := strings.ToLower(n.attr("property"))
			if key == "" {
				key = strings.ToLower(n.attr("name"))
			}
			if key == "" {
				key = "itemprop:" + strings.ToLower(n.attr("itemprop"))
			}
			if v := strings.TrimSpace(n.attr("content")); v != "" {
				if _, ok := meta[key]; !ok {
					meta[key] = v
				}
			}
		case "time":
			if strings.EqualFold(n.attr("itemprop"), "datePublished") {
				if v := strings.TrimSpace(n.attr("datetime")); v != "" {
					if _, ok := meta["itemprop:datepublished"]; !ok {
						meta["itemprop:datepublished"] = v
					}
				}
			}
		case "link":
			if strings.EqualFold(n.attr("rel"), "canonical") && canonical == "" {
				canonical = strings.TrimSpace(n.attr("href"))
			}
		case "title":
			if title == "" {
				title = strings.TrimSpace(plainText(n))
			}
		case "h1":
			if h1 == "" {
				h1 = strings.Join(strings.Fields(plainText(n)), " ")
			}
		case "script":
			if strings.EqualFold(strings.TrimSpace(n.attr("type")), "application/ld+json") {
				var raw []byte
				for _, c := range n.children {
					raw = append(raw, c.raw...)
				}
				ld = append(ld, jsonLDArticles(raw)...)
			}
		}
		for _, c := range n.children {
			if c.tag != "" {
				walk(c)
			}
		}
	}
	walk(doc)
	ldStr := func(key string) string {
		for _, o := range ld {
			if s := jsonString(o[key]); s != "" {
				return s
			}
		}
		return ""
	}
	ldPublisher := ""
	for _, o := range ld {
		if ldPublisher = jsonName(o["publisher"]); ldPublisher != "" {
			break
		}
	}
	a.Outlet = firstOf(meta["og:site_name"], ldPublisher)
	a.URL = firstOf(canonical, meta["og:url"], ldStr("url"))
	a.Title = firstOf(meta["og:title"], ldStr("headline"), stripOutlet(title, a.Outlet), h1)
	for _, src := range []struct{ from, v string }{
		{"article:published_time", meta["article:published_time"]},
		{"JSON-LD datePublished", ldStr("datePublished")},
		{"itemprop datePublished", meta["itemprop:datepublished"]},
		{"og:published_time", meta["og:published_time"]},
		{"meta pubdate", firstOf(meta["pubdate"], meta["publishdate"], meta["publish-date"], meta["dc.date.issued"], meta["date"])},
	} {
		if src.v == "" {
			continue
		}
		if v, err := NormalizeDate(src.v); err == nil {
			a.Published, a.PublishedFrom = v, src.from
			break
		}
	}
}

func firstOf(s ...string) string {
	for _, x := range s {
		if x = strings.TrimSpace(x); x != "" {
			return x
		}
	}
	return ""
}

// stripOutlet removes a trailing " | Outlet" or " - Outlet" from a <title>.
func stripOutlet(title, outlet string) string {
	title = strings.Join(strings.Fields(title), " ")
	if outlet == "" {
		return title
	}
	for _, sep := range []string{" | ", " - ", " \u2013 ", " \u2014 ", " :: "} {
		if t, ok := strings.CutSuffix(title, sep+outlet); ok {
			return t
		}
	}
	return title
}

// newsTypes are the schema.org types whose JSON-LD describes an article.
var newsTypes = setOf("newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
	"backgroundnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting", "report")

// jsonLDArticles returns the article objects of a JSON-LD block: the block
// itself, the elements of an array, or the members of an @graph. Malformed
// JSON-LD is ignored: it is the page's metadata, not the article.
func jsonLDArticles(raw []byte) []map[string]any {
	var v any
	if json.Unmarshal(bytes.TrimSpace(raw), &v) != nil {
		return nil
	}
	var out []map[string]any
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch t := v.(type) {
		case []any:
			for _, e := range t {
				visit(e, depth+1)
			}
		case map[string]any:
			if isNewsType(t["@type"]) {
				out = append(out, t)
			}
			if g, ok := t["@graph"]; ok {
				visit(g, depth+1)
			}
		}
	}
	visit(v, 0)
	return out
}

func isNewsType(v any) bool {
	switch t := v.(type) {
	case string:
		return newsTypes[strings.ToLower(t)]
	case []any:
		for _, e := range t {
			if isNewsType(e) {
				return true
			}
		}
	}
	return false
}

func jsonString(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case []any:
		if len(t) > 0 {
			return jsonString(t[0])
		}
	}
	return ""
}

// jsonName returns the name of a JSON-LD organization (an object with a
// "name", an array of them, or a plain string).
func jsonName(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case map[string]any:
		return jsonString(t["name"])
	case []any:
		for _, e := range t {
			if s := jsonName(e); s != "" {
				return s
			}
		}
	}
	return ""
}
