package resolve

import (
	"reflect"
	"sort"
	"testing"

	"github.com/crosscheck/crosscheck/claims/mention"
	"github.com/crosscheck/crosscheck/corpus"
)

// docsOf parses short articles written for the test and finds their mentions.
func docsOf(t *testing.T, texts ...string) []Doc {
	t.Helper()
	var docs []Doc
	for i, s := range texts {
		a, err := corpus.ParseText(string(rune('a'+i))+".txt", []byte(s))
		if err != nil {
			t.Fatalf("article %d: %v", i, err)
		}
		docs = append(docs, Doc{ID: a.ID, Mentions: mention.Find(a)})
	}
	return docs
}

// entityOf returns the entity holding the first mention with text in doc d.
func entityOf(r *Result, docs []Doc, d int, text string) *Entity {
	for i := range r.Entities {
		for _, ref := range r.Entities[i].Mentions {
			if ref.Doc == d && docs[d].Mentions[ref.Mention].Text == text {
				return &r.Entities[i]
			}
		}
	}
	return nil
}

func TestResolveClusters(t *testing.T) {
	tests := []struct {
		desc  string
		texts []string
		// same lists [doc, text, doc, text] quadruples that must share an
		// entity; apart those that must not.
		same, apart [][4]any
	}{
		{
			desc: "transliterated first name merges across articles",
			texts: []string{
				"Syrian President Ahmad al-Sharaa arrived in Moscow on Wednesday. Al-Sharaa met officials.\n",
				"Syrian President Ahmed al-Sharaa met Vladimir Putin. Sharaa thanked him.\n",
			},
			same: [][4]any{{0, "Ahmad al-Sharaa", 1, "Ahmed al-Sharaa"}, {0, "Al-Sharaa", 1, "Sharaa"}},
		},
		{
			desc: "brothers stay apart; a bare surname that fits both stays apart too",
			texts: []string{
				"Bashar al-Assad spoke in Damascus on Monday.\n",
				"Hafez al-Assad ruled Syria for decades.\n",
				"Officials said Assad would not return.\n",
			},
			apart: [][4]any{{0, "Bashar al-Assad", 1, "Hafez al-Assad"}, {2, "Assad", 0, "Bashar al-Assad"}, {2, "Assad", 1, "Hafez al-Assad"}},
		},
		{
			desc: "a bare surname that fits one full name joins it",
			texts: []string{
				"Russian President Vladimir Putin met the delegation.\n",
				"Officials said Putin would travel next week.\n",
			},
			same: [][4]any{{1, "Putin", 0, "Vladimir Putin"}},
		},
		{
			desc: "a shared title decides between two people with one surname",
			texts: []string{
				"Former President Bashar al-Assad fled to Moscow.\n",
				"Hafez al-Assad, a cousin, runs a business in Latakia.\n",
				"Reports said former President Assad lives in Moscow.\n",
			},
			same:  [][4]any{{2, "Assad", 0, "Bashar al-Assad"}},
			apart: [][4]any{{0, "Bashar al-Assad", 1, "Hafez al-Assad"}},
		},
		{
			desc: "two people of one article never merge, even through a third article",
			texts: []string{
				"John Smith and his son John Smith Jr. opened a shop in Boston.\n",
				"John Smith Jr. said the shop would open on Friday.\n",
			},
			same:  [][4]any{{0, "John Smith Jr.", 1, "John Smith Jr."}},
			apart: [][4]any{{0, "John Smith", 0, "John Smith Jr."}, {0, "John Smith", 1, "John Smith Jr."}},
		},
		{
			desc: "facility variants across articles, and a city is not its port",
			texts: []string{
				"Russia keeps the Tartus Naval Base and the Hmeimim Air Base.\n",
				"Talks covered the naval base in Tartous and the airbase in Hmeimim.\n",
				"The Hmeimim airbase near Latakia was busy.\n",
			},
			same: [][4]any{{0, "Tartus Naval Base", 1, "Tartous"}, {0, "Hmeimim Air Base", 1, "Hmeimim"}, {0, "Hmeimim Air Base", 2, "Hmeimim airbase"}},
		},
		{
			desc: "abbreviation alone joins its expansion from another article",
			texts: []string{
				"Rebels of Hayat Tahrir al-Sham (HTS) took the city.\n",
				"Russian aircraft bombed HTS positions for years.\n",
			},
			same: [][4]any{{1, "HTS", 0, "Hayat Tahrir al-Sham"}},
		},
	}
	for _, tc := range tests {
		docs := docsOf(t, tc.texts...)
		r := Resolve(docs)
		check := func(q [4]any, want bool) {
			a := entityOf(r, docs, q[0].(int), q[1].(string))
			b := entityOf(r, docs, q[2].(int), q[3].(string))
			if a == nil || b == nil {
				t.Errorf("%s: mention %v or %v not found (entities %v)", tc.desc, q[:2], q[2:], names(r))
				return
			}
			if (a.ID == b.ID) != want {
				t.Errorf("%s: %q (doc %d, %s) and %q (doc %d, %s): same entity = %v, want %v",
					tc.desc, q[1], q[0], a.ID, q[3], q[2], b.ID, a.ID == b.ID, want)
			}
		}
		for _, q := range tc.same {
			check(q, true)
		}
		for _, q := range tc.apart {
			check(q, false)
		}
	}
}

func names(r *Result) []string {
	var out []string
	for _, e := range r.Entities {
		out = append(out, e.ID+":"+e.Name)
	}
	return out
}

func TestResolveNamesAndVariants(t *testing.T) {
	docs := docsOf(t,
		"Syrian Interim President Ahmad al-Sharaa met Russian President Vladimir Putin near the Tartus Naval Base.\n",
		"Syrian President Ahmed al-Sharaa met Putin. Sharaa spoke of the Tartous naval base.\n",
		"President Ahmed al-Sharaa flew home. Al-Sharaa visited the Tartus naval base.\n",
	)
	r := Resolve(docs)
	e := entityOf(r, docs, 0, "Ahmad al-Sharaa")
	if e == nil || e.Name != "Ahmed al-Sharaa" || e.Type != "PERSON" {
		t.Fatalf("entity of Ahmad al-Sharaa = %+v, want name Ahmed al-Sharaa (most articles), PERSON", e)
	}
	if e.ID != "e2" {
		t.Errorf("ID = %s, want e2 (Syrian is e1: entities are numbered by first mention)", e.ID)
	}
	titles := append([]string(nil), e.Titles...)
	sort.Strings(titles)
	if want := []string{"interim president", "president"}; !reflect.DeepEqual(titles, want) {
		t.Errorf("titles = %q, want %q", titles, want)
	}
	foundMerge := false
	for _, m := range e.Merges {
		if m.Rule == "name table" {
			foundMerge = true
		}
	}
	if !foundMerge {
		t.Errorf("no merge record with rule \"name table\" for Ahmad/Ahmed: %+v", e.Merges)
	}
	got := map[string]Variant{}
	for _, v := range r.Variants {
		got[v.A+"/"+v.B] = v
	}
	v, ok := got["Ahmad/Ahmed"]
	if !ok {
		t.Fatalf("variants %v: want Ahmad/Ahmed", got)
	}
	if !reflect.DeepEqual(v.DocsA, []string{"a"}) || !reflect.DeepEqual(v.DocsB, []string{"b", "c"}) {
		t.Errorf("Ahmad/Ahmed docs = %v / %v, want [a] / [b c]", v.DocsA, v.DocsB)
	}
	if v.FormA != "Ahmad al-Sharaa" || v.FormB != "Ahmed al-Sharaa" {
		t.Errorf("forms = %q / %q", v.FormA, v.FormB)
	}
	if _, ok := got["Tartus/Tartous"]; !ok {
		t.Errorf("variants %v: want Tartus/Tartous", got)
	}
	for k, v := range got {
		if v.Entity == e.ID && k != "Ahmad/Ahmed" {
			t.Errorf("unexpected variant %s of %s: a short form or a case difference is no variant", k, e.Name)
		}
	}
	// determinism
	r2 := Resolve(docs)
	if !reflect.DeepEqual(r, r2) {
		t.Error("two runs on one input differ")
	}
}

func TestResolveEmpty(t *testing.T) {
	r := Resolve(nil)
	if r == nil || len(r.Entities) != 0 || len(r.Variants) != 0 {
		t.Errorf("Resolve(nil) = %+v, want an empty result", r)
	}
	r = Resolve([]Doc{{ID: "x"}})
	if len(r.Entities) != 0 {
		t.Errorf("Resolve of a doc without mentions = %+v", r)
	}
}
