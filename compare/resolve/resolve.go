// Package resolve decides which mentions of different articles name one
// thing: it merges spelling and transliteration variants (Ahmad/Ahmed
// al-Sharaa, Tartus/Tartous), nicknames (Jim/James), initials and short forms,
// and keeps apart different people who share a name part (Bashar and Hafez
// al-Assad, a father and his son "Jr.").
//
// Within an article the mention package has already linked short forms to
// full names (Mention.Local). Resolve groups those local things across
// articles. It never compares all pairs: local things with the same folded
// name are grouped first (one "name node" per distinct name), and name nodes
// are compared only inside blocks keyed by the consonant skeleton of their
// words, so the cost grows with the number of distinct names, not of
// mentions. Every merge keeps its reason (rule and score).
package resolve

import (
	"fmt"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/claims/mention"
)

// Doc is the input for one article: its id and its mentions as
// mention.Find returned them.
type Doc struct {
	ID       string
	Mentions []mention.Mention
}

// Ref points to one mention: Doc indexes the input docs, Mention that doc's
// Mentions.
type Ref struct {
	Doc, Mention int
}

// Merge records why two names were put in one entity.
type Merge struct {
	A, B       string // the two names, as written
	DocA, DocB string // an article each name comes from
	Rule       string // see Decision.Rule; "within article: surname" etc. for a link made inside one article
	Score      float64
}

// Entity is one real thing named across the articles.
type Entity struct {
	ID       string // "e1", "e2"... in order of first mention
	Name     string // the most complete form the articles share
	Type     string
	Mentions []Ref // in input order
	Titles   []string
	Merges   []Merge
}

// Variant is a pair of spellings of one word of an entity's name that the
// articles differ on: "Ahmad"/"Ahmed", "Tartus"/"Tartous". Short forms
// ("Sharaa" for "Ahmed al-Sharaa") and differences of case alone are not
// variants.
type Variant struct {
	Entity string // Entity.ID
	A, B   string // the differing words, as written
	// FormA and FormB are the fullest names written with each spelling
	// ("Ahmad al-Sharaa", "Ahmed al-Sharaa").
	FormA, FormB string
	// DocsA and DocsB are the ids of the articles that write A and B.
	DocsA, DocsB []string
	Rule         string  // "spelling", "name table" (nickname or transliteration) or "diacritics"
	Score        float64 // Jaro-Winkler similarity of A and B
}

// Result is the entities of a set of articles and the spelling variants
// found among their names.
type Result struct {
	Entities []Entity
	Variants []Variant
}

// MaxBlock bounds the number of distinct names compared pairwise in one
// block. A larger block (a very common name word) is compared only for
// names with the same word sequence skeleton, so the cost stays near-linear.
const MaxBlock = 256

// local is one thing of one article.
type local struct {
	doc, id int
	refs    []Ref
	name    Name
	forms   []string // distinct surface forms
	typed   bool     // name.Type comes from the fullest form
}

// node is one distinct name: the locals that write it the same way.
type node struct {
	name   Name
	locals []int
	first  Ref
	full   bool // more than one name word (or not a person)
	merges []Merge
}

// Resolve groups the mentions of docs into entities. The output is
// deterministic for a given input order.
func Resolve(docs []Doc) *Result {
	locals := buildLocals(docs)
	nodes, nodeOf := buildNodes(locals, docs)
	pairs := candidatePairs(nodes)
	c := newClusters(nodes, locals)
	// full matches first, best first; then short forms when they fit one
	// entity only
	for _, p := range pairs {
		if !p.d.Short {
			c.merge(p.a, p.b, p.d, docs)
		}
	}
	c.attachShort(pairs, docs)
	return c.result(docs, locals, nodeOf)
}

func buildLocals(docs []Doc) []local {
	var out []local
	for di, d := range docs {
		idx := map[int]int{}
		for mi, m := range d.Mentions {
			k, ok := idx[m.Local]
			if !ok {
				k = len(out)
				idx[m.Local] = k
				out = append(out, local{doc: di, id: m.Local, name: Name{Text: m.Name, Type: m.Type}})
			}
			l := &out[k]
			l.refs = append(l.refs, Ref{di, mi})
			if m.Text == m.Name && !l.typed {
				// the type of the fullest form decides
				l.name.Type, l.name.Guessed, l.typed = m.Type, m.Guessed, true
			}
			if m.Title != "" && l.name.Title == "" {
				l.name.Title = m.Title
			}
			if m.Kind != "" && (l.name.Kind == "" || l.name.Kind == "base") {
				l.name.Kind = m.Kind
			}
			if m.Canon != "" {
				l.name.Canon = m.Canon
			}
			if !contains(l.forms, m.Text) {
				l.forms = append(l.forms, m.Text)
			}
		}
	}
	return out
}

func contains(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

// nodeKey is the exact-match key of a name: its class and folded words
// (particles dropped), or its gazetteer entry.
func nodeKey(n Name) string {
	cl := mention.Class(n.Type)
	if n.Guessed {
		cl = "?"
	}
	if n.Canon != "" {
		return cl + "|=" + mention.Fold(n.Canon)
	}
	if cl == "FACILITY" {
		core, k := mention.Core(n.Text)
		if k == "" {
			k = n.Kind
		}
		return cl + "|" + strings.Join(core, " ") + "|" + k
	}
	return cl + "|" + strings.Join(mention.Tokens(n.Text), " ")
}

func buildNodes(locals []local, docs []Doc) ([]node, []int) {
	var nodes []node
	nodeOf := make([]int, len(locals))
	byKey := map[string]int{}
	for i, l := range locals {
		k := nodeKey(l.name)
		j, ok := byKey[k]
		if !ok {
			j = len(nodes)
			byKey[k] = j
			full := true
			if l.name.Guessed && len(mention.Tokens(l.name.Text)) == 1 {
				full = false
			} else if mention.Class(l.name.Type) == "PERSON" {
				g, _, _ := personParts(l.name.Text)
				full = len(g) > 0
			} else if t := mention.Tokens(l.name.Text); len(t) == 1 && strings.ToUpper(l.name.Text) == l.name.Text && l.name.Canon == "" {
				full = false // a bare abbreviation
			}
			nodes = append(nodes, node{name: l.name, first: l.refs[0], full: full})
		}
		if n := &nodes[j]; l.name.Text != n.name.Text && !hasMerge(n.merges, Merge{A: n.name.Text, B: l.name.Text, Rule: "fold"}) {
			n.merges = append(n.merges, Merge{A: n.name.Text, B: l.name.Text, DocA: docs[n.first.Doc].ID, DocB: docs[l.doc].ID, Rule: "fold", Score: 1})
		}
		if nodes[j].name.Title == "" {
			nodes[j].name.Title = l.name.Title
		}
		nodes[j].locals = append(nodes[j].locals, i)
		nodeOf[i] = j
	}
	return nodes, nodeOf
}

type pair struct {
	a, b int // node indexes, a < b
	d    Decision
}

// blockKeys are the keys under which a name is compared: the skeleton of
// its surname (people), of each of its words (other names), its initials and
// its gazetteer entry.
func blockKeys(n Name) []string {
	cl := mention.Class(n.Type)
	var keys []string
	if n.Canon != "" {
		keys = append(keys, "="+mention.Fold(n.Canon))
	}
	switch cl {
	case "PERSON":
		_, s, _ := personParts(n.Text)
		if s != "" {
			keys = append(keys, "s:"+mention.Skeleton(s))
		}
		return keys
	case "FACILITY":
		core, _ := mention.Core(n.Text)
		for _, w := range core {
			keys = append(keys, "w:"+mention.Skeleton(w))
		}
		return keys
	}
	t := mention.Tokens(n.Text)
	for _, w := range t {
		keys = append(keys, "w:"+mention.Skeleton(w))
	}
	if len(t) > 1 {
		keys = append(keys, "a:"+initialsOf(n.Text))
	} else if len(t) == 1 && strings.ToUpper(n.Text) == n.Text {
		keys = append(keys, "a:"+strings.ReplaceAll(n.Text, ".", ""))
	}
	return keys
}

func candidatePairs(nodes []node) []pair {
	blocks := map[string][]int{}
	var order []string
	add := func(k string, i int) {
		if _, ok := blocks[k]; !ok {
			order = append(order, k)
		}
		if b := blocks[k]; len(b) == 0 || b[len(b)-1] != i {
			blocks[k] = append(b, i)
		}
	}
	for i, n := range nodes {
		classes := []string{n.name.Type}
		if n.name.Guessed {
			// a name of unknown type is compared with names of every type
			classes = []string{"PERSON", "ORG", "GPE", "FACILITY"}
		}
		for _, typ := range classes {
			nm := n.name
			nm.Type = typ
			for _, k := range blockKeys(nm) {
				add(mention.Class(typ)+"|"+k, i)
			}
		}
	}
	seen := map[[2]int]bool{}
	var out []pair
	for _, k := range order {
		b := blocks[k]
		if len(b) > MaxBlock {
			b = narrow(b, nodes)
		}
		for x := 0; x < len(b); x++ {
			for y := x + 1; y < len(b); y++ {
				key := [2]int{b[x], b[y]}
				if seen[key] {
					continue
				}
				seen[key] = true
				if d := Decide(nodes[b[x]].name, nodes[b[y]].name); d.Same {
					out = append(out, pair{b[x], b[y], d})
				}
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].d.Score != out[j].d.Score {
			return out[i].d.Score > out[j].d.Score
		}
		if out[i].a != out[j].a {
			return out[i].a < out[j].a
		}
		return out[i].b < out[j].b
	})
	return out
}

// narrow keeps, of an oversized block, only the names that share their whole
// skeleton with another name of the block.
func narrow(b []int, nodes []node) []int {
	count := map[string]int{}
	sk := make([]string, len(b))
	for i, n := range b {
		var parts []string
		for _, w := range mention.Tokens(nodes[n].name.Text) {
			parts = append(parts, mention.Skeleton(w))
		}
		sk[i] = strings.Join(parts, " ")
		count[sk[i]]++
	}
	var out []int
	for i, n := range b {
		if count[sk[i]] > 1 {
			out = append(out, n)
		}
	}
	if len(out) > MaxBlock {
		out = out[:MaxBlock]
	}
	return out
}

// clusters is a union-find over name nodes that refuses merges two things of
// one article would end up in, or that would join names Decide keeps apart.
type clusters struct {
	nodes  []node
	locals []local
	parent []int
	docs   []map[int]int // per root: doc → local id
	member [][]int       // per root: its nodes
	merges [][]Merge     // per root
}

func newClusters(nodes []node, locals []local) *clusters {
	c := &clusters{nodes: nodes, locals: locals, parent: make([]int, len(nodes)),
		docs: make([]map[int]int, len(nodes)), member: make([][]int, len(nodes)), merges: make([][]Merge, len(nodes))}
	for i := range nodes {
		c.parent[i] = i
		c.member[i] = []int{i}
		c.docs[i] = map[int]int{}
	}
	for i, n := range nodes {
		for _, l := range n.locals {
			c.docs[i][locals[l].doc] = locals[l].id
		}
		c.merges[i] = append(c.merges[i], n.merges...)
	}
	return c
}

func (c *clusters) find(x int) int {
	for c.parent[x] != x {
		c.parent[x] = c.parent[c.parent[x]]
		x = c.parent[x]
	}
	return x
}

// compatible reports whether the clusters of a and b may be one entity: no
// article has two different things in them, and no two full names in them
// are kept apart by Decide.
func (c *clusters) compatible(ra, rb int) bool {
	da, db := c.docs[ra], c.docs[rb]
	if len(da) > len(db) {
		da, db = db, da
	}
	for d, l := range da {
		if l2, ok := db[d]; ok && l2 != l {
			return false
		}
	}
	for _, x := range c.member[ra] {
		for _, y := range c.member[rb] {
			nx, ny := &c.nodes[x], &c.nodes[y]
			if !nx.full || !ny.full {
				continue
			}
			if !Decide(nx.name, ny.name).Same {
				return false
			}
		}
	}
	return true
}

func (c *clusters) merge(a, b int, d Decision, docs []Doc) bool {
	ra, rb := c.find(a), c.find(b)
	if ra == rb || !c.compatible(ra, rb) {
		return false
	}
	if len(c.member[ra]) < len(c.member[rb]) || (len(c.member[ra]) == len(c.member[rb]) && rb < ra) {
		ra, rb = rb, ra
	}
	c.parent[rb] = ra
	for k, v := range c.docs[rb] {
		c.docs[ra][k] = v
	}
	c.member[ra] = append(c.member[ra], c.member[rb]...)
	c.merges[ra] = append(c.merges[ra], c.merges[rb]...)
	na, nb := &c.nodes[a], &c.nodes[b]
	c.merges[ra] = append(c.merges[ra], Merge{A: na.name.Text, B: nb.name.Text,
		DocA: docs[na.first.Doc].ID, DocB: docs[nb.first.Doc].ID, Rule: d.Rule, Score: d.Score})
	c.docs[rb], c.member[rb], c.merges[rb] = nil, nil, nil
	return true
}

// attachShort merges a cluster made only of short forms ("Assad" in an
// article that never gives the full name, "HTS" alone) into the one cluster
// with a full name it fits. When it fits several ("Assad": Bashar and
// Hafez), a matching title decides; otherwise it stays apart.
func (c *clusters) attachShort(pairs []pair, docs []Doc) {
	type cand struct {
		node, target int
		d            Decision
	}
	byShort := map[int][]cand{}
	var order []int
	for _, p := range pairs {
		if !p.d.Short {
			continue
		}
		s, f := p.a, p.b
		if c.nodes[s].full && !c.nodes[f].full {
			s, f = f, s
		}
		if c.nodes[s].full || !c.nodes[f].full {
			continue
		}
		rs := c.find(s)
		if c.hasFull(rs) {
			continue
		}
		if _, ok := byShort[rs]; !ok {
			order = append(order, rs)
		}
		byShort[rs] = append(byShort[rs], cand{s, f, p.d})
	}
	sort.Ints(order)
	for _, rs := range order {
		targets := map[int]cand{}
		var tlist []int
		for _, cd := range byShort[rs] {
			rt := c.find(cd.target)
			if _, ok := targets[rt]; !ok && rt != c.find(rs) {
				targets[rt] = cd
				tlist = append(tlist, rt)
			}
		}
		sort.Ints(tlist)
		if len(tlist) > 1 {
			// a title shared with exactly one candidate decides
			title := c.title(c.find(rs))
			var withTitle []int
			for _, rt := range tlist {
				if title != "" && title == c.title(rt) {
					withTitle = append(withTitle, rt)
				}
			}
			if len(withTitle) != 1 {
				continue
			}
			cd := targets[withTitle[0]]
			cd.d.Rule += " + title"
			c.merge(cd.node, cd.target, cd.d, docs)
			continue
		}
		if len(tlist) == 1 {
			cd := targets[tlist[0]]
			c.merge(cd.node, cd.target, cd.d, docs)
		}
	}
}

func (c *clusters) hasFull(r int) bool {
	for _, n := range c.member[r] {
		if c.nodes[n].full {
			return true
		}
	}
	return false
}

func (c *clusters) title(r int) string {
	for _, n := range c.member[r] {
		if t := c.nodes[n].name.Title; t != "" {
			return t
		}
	}
	return ""
}

// result assembles the entities, ordered by first mention.
func (c *clusters) result(docs []Doc, locals []local, nodeOf []int) *Result {
	byRoot := map[int][]int{} // root → locals
	for i := range locals {
		r := c.find(nodeOf[i])
		byRoot[r] = append(byRoot[r], i)
	}
	type group struct {
		root   int
		locals []int
		first  Ref
	}
	var groups []group
	for r, ls := range byRoot {
		first := locals[ls[0]].refs[0]
		for _, l := range ls {
			if less(locals[l].refs[0], first) {
				first = locals[l].refs[0]
			}
		}
		groups = append(groups, group{r, ls, first})
	}
	sort.Slice(groups, func(i, j int) bool { return less(groups[i].first, groups[j].first) })
	res := &Result{}
	for gi, g := range groups {
		e := Entity{ID: fmt.Sprintf("e%d", gi+1)}
		types := map[string]int{}
		for _, l := range g.locals {
			e.Mentions = append(e.Mentions, locals[l].refs...)
			for _, r := range locals[l].refs {
				m := &docs[r.Doc].Mentions[r.Mention]
				if !m.Guessed {
					types[m.Type]++
				}
				if m.Title != "" && !contains(e.Titles, m.Title) {
					e.Titles = append(e.Titles, m.Title)
				}
				if m.LocalRule != "" && m.Text != m.Name {
					mg := Merge{A: m.Name, B: m.Text, DocA: docs[r.Doc].ID, DocB: docs[r.Doc].ID, Rule: "within article: " + m.LocalRule, Score: 1}
					if !hasMerge(e.Merges, mg) {
						e.Merges = append(e.Merges, mg)
					}
				}
			}
		}
		sort.Slice(e.Mentions, func(i, j int) bool { return less(e.Mentions[i], e.Mentions[j]) })
		e.Merges = append(e.Merges, c.merges[g.root]...)
		e.Name = commonName(docs, locals, g.locals)
		e.Type = majority(types, docs, e.Mentions)
		res.Entities = append(res.Entities, e)
	}
	idx := docIndex(docs)
	for i := range res.Entities {
		res.Variants = append(res.Variants, variants(&res.Entities[i], docs, idx)...)
	}
	return res
}

func hasMerge(ms []Merge, m Merge) bool {
	for _, x := range ms {
		if x.A == m.A && x.B == m.B && x.Rule == m.Rule {
			return true
		}
	}
	return false
}

func less(a, b Ref) bool {
	if a.Doc != b.Doc {
		return a.Doc < b.Doc
	}
	return a.Mention < b.Mention
}

// majority returns the most frequent type; ties go to the type of the first
// mention.
func majority(types map[string]int, docs []Doc, refs []Ref) string {
	best, n := "", -1
	for _, guessed := range []bool{false, true} {
		for _, r := range refs {
			m := &docs[r.Doc].Mentions[r.Mention]
			if m.Guessed == guessed && types[m.Type] > n {
				best, n = m.Type, types[m.Type]
			}
		}
		if best != "" {
			break
		}
	}
	return best
}

// commonName picks the entity's name among the articles' local names: the
// most name words, then the most articles writing it (folded), then the
// earliest; it is shown in the casing most articles use.
func commonName(docs []Doc, locals []local, ls []int) string {
	type cand struct {
		words, docs int
		first       Ref
		casings     map[string]int
		firstCasing string
	}
	cands := map[string]*cand{}
	var keys []string
	for _, l := range ls {
		n := locals[l].name.Text
		k := mention.Fold(n)
		c, ok := cands[k]
		if !ok {
			c = &cand{words: len(mention.Tokens(n)), first: locals[l].refs[0], casings: map[string]int{}, firstCasing: n}
			cands[k] = c
			keys = append(keys, k)
		}
		c.docs++
		c.casings[n]++
		if less(locals[l].refs[0], c.first) {
			c.first = locals[l].refs[0]
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := cands[keys[i]], cands[keys[j]]
		if a.words != b.words {
			return a.words > b.words
		}
		if a.docs != b.docs {
			return a.docs > b.docs
		}
		return less(a.first, b.first)
	})
	c := cands[keys[0]]
	best, n := c.firstCasing, 0
	var cs []string
	for s := range c.casings {
		cs = append(cs, s)
	}
	sort.Strings(cs)
	for _, s := range cs {
		if c.casings[s] > n || (c.casings[s] == n && allCapsLess(s, best)) {
			best, n = s, c.casings[s]
		}
	}
	return best
}

// allCapsLess prefers a mixed-case form over an all-capitals one.
func allCapsLess(a, b string) bool { return strings.ToUpper(b) == b && strings.ToUpper(a) != a }
