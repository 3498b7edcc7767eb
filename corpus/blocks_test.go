package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBlockKinds(t *testing.T) {
	tests := []struct {
		desc string
		text string
		want []string // "kind: line" for every block
	}{
		{"headline, heading, timestamp, furniture",
			"Ferry service resumes\nPublished: May 3, 2013, 1:32 PM ET\nThe ferry ran again on Friday.\nWhat comes next\nOfficials will meet in June.\nPhoto: Staff\nRead more: ferry timetables",
			[]string{"headline: Ferry service resumes", "timestamp heading: Published: May 3, 2013, 1:32 PM ET", "paragraph: The ferry ran again on Friday.",
				"heading: What comes next", "paragraph: Officials will meet in June.", "furniture: Photo: Staff", "furniture: Read more: ferry timetables"}},
		{"bare dates and clock times are timestamps, and the headline is the first line after them",
			"February 29, 2012, 7:32 p.m. ET\nMill to close in spring\nThe mill will close.\nUpdated 4/9/2007 6:04 PM\nThursday, Apr 2, 2009 | Updated 1:32 PM PDT\n22 July 2013 Last updated at 17:50 GMT",
			[]string{"timestamp heading: February 29, 2012, 7:32 p.m. ET", "headline: Mill to close in spring", "paragraph: The mill will close.",
				"timestamp heading: Updated 4/9/2007 6:04 PM", "timestamp heading: Thursday, Apr 2, 2009 | Updated 1:32 PM PDT", "timestamp heading: 22 July 2013 Last updated at 17:50 GMT"}},
		{"lines that start like furniture or timestamps but are sentences",
			"Related charges were filed against two men.\nPublished reports say the minister resigned on May 3.\nUpdated figures show growth of 3%.\nMay 9 is the deadline",
			[]string{"paragraph: Related charges were filed against two men.", "paragraph: Published reports say the minister resigned on May 3.",
				"paragraph: Updated figures show growth of 3%.", "paragraph: May 9 is the deadline"}},
		{"a quotation's last line is not a heading",
			"The mayor spoke at noon.\nShe said: \"We will rebuild.\nNothing will stop us. \"\nThe crowd cheered.",
			[]string{"paragraph: The mayor spoke at noon.", "paragraph: She said: \"We will rebuild.", "paragraph: Nothing will stop us. \"", "paragraph: The crowd cheered."}},
		{"a language menu laid out one a line, and breadcrumbs",
			"Home > World > Europe\nThe bridge reopened.\nEnglish\nFrançais\nEspañol",
			[]string{"furniture: Home > World > Europe", "paragraph: The bridge reopened.", "furniture: English", "furniture: Français", "furniture: Español"}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			var got []string
			for _, b := range splitBlocks(tc.text, 0, "", false) {
				kind := b.Kind.String()
				if b.Timestamp {
					kind = "timestamp " + kind
				}
				got = append(got, kind+": "+tc.text[b.Start:b.End])
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("blocks\n got  %q\n want %q", got, tc.want)
			}
		})
	}
}

func TestDatelines(t *testing.T) {
	tests := []struct{ desc, par, place, rest string }{
		{"capitals and a dash", "MOSCOW - Talks began.", "MOSCOW", "Talks began."},
		{"em dash (normalized)", "WASHINGTON - The vote failed.", "WASHINGTON", "The vote failed."},
		{"agency", "BEIRUT, Lebanon (AP) - Power returned.", "BEIRUT", "Power returned."},
		{"title-case place with an agency", "Mannheim, Germany (Sports Network) - The champion won.", "Mannheim", "The champion won."},
		{"colon", "NEW DELHI: The court ruled.", "NEW DELHI", "The court ruled."},
		{"not a dateline: a label", "BREAKING: Three people died.", "", ""},
		{"not a dateline: a number follows", "BREAKING NEWS - 3 DEAD in fire", "", ""},
		{"not a dateline: an ordinary sentence", "Moscow - the city - was quiet.", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			d := findDateline(tc.par)
			place, rest := "", ""
			if d != nil {
				place, rest = d.Place, tc.par[d.End:]
			}
			if place != tc.place || rest != tc.rest {
				t.Errorf("findDateline(%q) = %q, %q; want %q, %q", tc.par, place, rest, tc.place, tc.rest)
			}
		})
	}
}

// TestReferenceStory reads the reference story in ../shared (skipped when
// absent) and checks what the issue names: headlines, headings, datelines,
// furniture, "conflict.President".
func TestReferenceStory(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "stories", "sharaa-moscow")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("../shared/stories/sharaa-moscow not found")
	}
	res := Read([]string{dir}, Options{})
	if len(res.Errors) > 0 || len(res.Articles) != 5 {
		t.Fatalf("%d articles, errors %v", len(res.Articles), res.Errors)
	}
	kinds := func(a *Article, k BlockKind) []string {
		var out []string
		for _, b := range a.Blocks {
			if b.Kind == k {
				sp := a.RawSpan(b.Start, b.End)
				out = append(out, a.Raw[sp.Start:sp.End])
			}
		}
		return out
	}
	byID := map[string]*Article{}
	for _, a := range res.Articles {
		byID[a.ID[:3]] = a
	}
	check := func(desc string, got []string, want ...string) {
		t.Helper()
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s: got %q, want %q", desc, got, want)
		}
	}
	check("000 headline", kinds(byID["000"], Headline))
	check("000 furniture", kinds(byID["000"], Furniture), "Photo: Kyiv Independent")
	check("001 headline", kinds(byID["001"], Headline), "Syria’s Sharaa meets Putin in Moscow")
	check("001 headings", kinds(byID["001"], Heading), "Context of the Meeting", "Broader implications")
	check("003 furniture", kinds(byID["003"], Furniture), "Source:")
	check("004 furniture", kinds(byID["004"], Furniture), "Breadcrumb", "English", "French", "Spanish", "German", "Italian")
	check("004 headings", kinds(byID["004"], Heading), "A new era after Assad", "The agenda in Moscow", "From war patron to partner")
	for _, id := range []string{"001", "002"} {
		if d := byID[id].Dateline; d == nil || d.Place != "MOSCOW" {
			t.Errorf("%s: dateline %+v, want MOSCOW", id, d)
		}
	}
	a := byID["003"]
	found := false
	for i := range a.Sentences {
		if strings.HasPrefix(a.SentenceText(i), "President Putin emphasized") {
			found = true
			if prev := a.SentenceText(i - 1); !strings.HasSuffix(prev, "conflict.") {
				t.Errorf("sentence before %q is %q", a.SentenceText(i), prev)
			}
		}
	}
	if !found {
		t.Error(`003: "conflict.President" not split`)
	}
}
