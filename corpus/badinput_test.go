package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// badInputTests is the bad-input matrix: each kind of bad input, the file (or
// files) that shows it, and the error Read must report: file, line and a
// message substring. The good articles next to a bad one are still read
// (wantArticles).
var badInputTests = []struct {
	desc  string
	files map[string]string // name → content, written into a fresh folder
	arg   string            // what to pass to Read, relative to the folder ("" = the folder)
	opt   Options
	// wanted errors, as "file:line: substring" (line omitted when 0)
	want         []string
	wantArticles int
}{
	{desc: "empty file",
		files: map[string]string{"a.txt": ""}, arg: "a.txt",
		want: []string{"a.txt: empty: no article text (the file has no bytes)"}},
	{desc: "white space only",
		files: map[string]string{"a.txt": " \n\t\r\n  "}, arg: "a.txt",
		want: []string{"a.txt: empty: no article text (only white space)"}},
	{desc: "binary (NUL byte) on line 2",
		files: map[string]string{"a.txt": "Title\nbody\x00\x01\x02 more\n"}, arg: "a.txt",
		want: []string{"a.txt:2: binary data (NUL byte at offset 10)"}},
	{desc: "invalid UTF-8 on line 3",
		files: map[string]string{"a.txt": "Title\nfine line.\nbad \xe9 byte.\n"}, arg: "a.txt",
		want: []string{"a.txt:3: invalid UTF-8 at byte offset 21 (column 5)"}},
	{desc: "Latin-1 HTML page names the declared charset",
		files: map[string]string{"a.html": "<meta charset=\"iso-8859-1\"><p>caf\xe9</p>"}, arg: "a.html",
		want: []string{"a.html:1: invalid UTF-8 at byte offset 33 (column 34): convert the file to UTF-8; the page declares charset iso-8859-1"}},
	{desc: "UTF-16 with a byte-order mark",
		files: map[string]string{"a.txt": "\xff\xfeH\x00i\x00"}, arg: "a.txt",
		want: []string{"a.txt:1: UTF-16 text is not supported"}},
	{desc: "UTF-16 without a byte-order mark",
		files: map[string]string{"a.txt": "H\x00e\x00l\x00l\x00o\x00 \x00t\x00h\x00e\x00r\x00e\x00"}, arg: "a.txt",
		want: []string{"a.txt:1: UTF-16 text without a byte-order mark"}},
	{desc: "UTF-16 JSONL",
		files: map[string]string{"a.jsonl": "\xff\xfe{\x00}\x00\n\x00"}, arg: "a.jsonl",
		want: []string{"a.jsonl: UTF-16 text is not supported"}},
	{desc: "over the size limit",
		files: map[string]string{"a.txt": strings.Repeat("word ", 300)}, arg: "a.txt", opt: Options{MaxBytes: 1024},
		want: []string{"a.txt: file is larger than the 1 KiB limit (raise it with --max-bytes)"}},
	{desc: "JSONL line over the size limit; the next line is still read",
		files: map[string]string{"a.jsonl": `{"text": "` + strings.Repeat("x", 2000) + `"}` + "\n" + `{"text": "Short one."}` + "\n"}, arg: "a.jsonl", opt: Options{MaxBytes: 1024},
		want: []string{"a.jsonl:1: line is larger than the 1 KiB limit"}, wantArticles: 1},
	{desc: "front matter not closed",
		files: map[string]string{"a.md": "---\ntitle: x\n\nText.\n"}, arg: "a.md",
		want: []string{"a.md:1: front matter: opening '---' has no closing '---'"}},
	{desc: "front matter is not YAML",
		files: map[string]string{"a.md": "---\ntitle: x\noutlet: [unclosed\n---\nText.\n"}, arg: "a.md",
		want: []string{"a.md:3: front matter:"}},
	{desc: "front matter is a list, not a mapping",
		files: map[string]string{"a.md": "---\n- a\n- b\n---\nText.\n"}, arg: "a.md",
		want: []string{"a.md:2: front matter: want fields (id, title, outlet, url, published), got a list"}},
	{desc: "front matter with a bad published date",
		files: map[string]string{"a.md": "---\ntitle: x\npublished: last Tuesday\n---\nText.\n"}, arg: "a.md",
		want: []string{`a.md:3: front matter: published: "last Tuesday" is not a date`}},
	{desc: "front matter with a field of the wrong type",
		files: map[string]string{"a.md": "---\nid: 7\n\ntitle: [a, b]\n---\nText.\n"}, arg: "a.md",
		want: []string{"a.md:4: front matter: title: want text, got a list"}},
	{desc: "front matter: YAML that is not a mapping",
		files: map[string]string{"a.md": "---\ntitle: a: b\n---\nText.\n"}, arg: "a.md",
		want: []string{"a.md:2: front matter: mapping values are not allowed in this context"}},
	{desc: "front matter and no text",
		files: map[string]string{"a.md": "---\ntitle: x\n---\n\n"}, arg: "a.md",
		want: []string{"a.md:1: empty: front matter but no article text"}},
	{desc: "only page furniture",
		files: map[string]string{"a.txt": "Breadcrumb\nPhoto: Staff\nShare\n"}, arg: "a.txt",
		want: []string{"a.txt:1: no article text: every line is page furniture"}},
	{desc: "JSONL: malformed JSON, not an object, missing, empty and mistyped text; good lines still read",
		files: map[string]string{"a.jsonl": `{"text": "Good one."}` + "\n" +
			`{"text": "unterminated` + "\n" +
			`["an", "array"]` + "\n" +
			`{"title": "no text"}` + "\n" +
			`{"text": "   "}` + "\n" +
			`{"text": 42}` + "\n" +
			`{"text": "Fine.", "title": ["x"]}` + "\n" +
			`{"text": "Fine.", "published": "soon"}` + "\n" +
			`{"text": "Fine.", "id": {"a": 1}}` + "\n" +
			`{"text": "One."} {"text": "Two."}` + "\n" +
			"{\"text\": \"bad \xff byte\"}\n" +
			`{"text": "Also good."}` + "\n"},
		arg: "a.jsonl",
		want: []string{
			"a.jsonl:2: malformed JSON: unexpected end (an unclosed string, object or array)",
			"a.jsonl:3: not a JSON object",
			`a.jsonl:4: article has no "text" field`,
			`a.jsonl:5: empty "text": no article text`,
			`a.jsonl:6: field "text": want a string, got a number`,
			`a.jsonl:7: field "title": want a string, got an array`,
			`a.jsonl:8: published: "soon" is not a date`,
			`a.jsonl:9: id: want a string or a number`,
			"a.jsonl:10: malformed JSON: text after the object",
			"a.jsonl:11: invalid UTF-8 at column 15",
		},
		wantArticles: 2},
	{desc: "JSONL: a binary file stops at the first binary line",
		files: map[string]string{"a.jsonl": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\n\x00\x00\n"}, arg: "a.jsonl",
		want: []string{"a.jsonl:3: binary data (NUL byte at offset 8): not a JSONL file"}},
	{desc: "JSONL with no articles",
		files: map[string]string{"a.jsonl": "\n\n"}, arg: "a.jsonl",
		want: []string{"a.jsonl: empty: no articles"}},
	{desc: "JSON array with a bad element; the others are read",
		files: map[string]string{"a.json": "[\n  {\"text\": \"Good.\"},\n  {\"text\": 7},\n  {\"title\": \"t\"},\n  {\"text\": \"Also good.\"}\n]"}, arg: "a.json",
		want:         []string{`a.json:3: article 2: field "text": want a string, got a number`, `a.json:4: article 3: article has no "text" field`},
		wantArticles: 2},
	{desc: "JSON malformed",
		files: map[string]string{"a.json": "{\n  \"text\": \"x\",\n  oops\n}"}, arg: "a.json",
		want: []string{"a.json:3: malformed JSON: invalid character 'o' looking for beginning of object key string (column 3)"}},
	{desc: "JSON empty array",
		files: map[string]string{"a.json": "[]"}, arg: "a.json",
		want: []string{"a.json:1: empty: the array holds no articles"}},
	{desc: "duplicate ids across files and within a JSONL file",
		files: map[string]string{
			"a.md":    "---\nid: x1\n---\nFirst.\n",
			"b.jsonl": `{"id": "x1", "text": "Second."}` + "\n" + `{"id": "y", "text": "Third."}` + "\n" + `{"id": "y", "text": "Fourth."}` + "\n",
		},
		want:         []string{`b.jsonl:1: duplicate article id "x1" (first used by ` + "@/a.md)", `b.jsonl:3: duplicate article id "y" (first used by ` + "@/b.jsonl:2)"},
		wantArticles: 2},
	{desc: "folder with no articles",
		files: map[string]string{}, want: []string{"@: folder has no article files"}},
	{desc: "folder with only unknown file types",
		files: map[string]string{"notes.docx": "x", "data.csv": "a,b"},
		want:  []string{"@: folder has no article files (want .txt, .md, .html, .htm, .jsonl, .json)"}},
	{desc: "unknown file type given by name",
		files: map[string]string{"a.docx": "x"}, arg: "a.docx",
		want: []string{`a.docx: unknown file type ".docx"`}},
	{desc: "nonexistent path",
		files: map[string]string{}, arg: "missing.txt",
		want: []string{"missing.txt: no such file or folder"}},
	{desc: "HTML page without article text",
		files: map[string]string{"a.html": "<html><head><title>T</title></head><body><nav>Home</nav><script>x()</script></body></html>"}, arg: "a.html",
		want: []string{"a.html: no article text found in the HTML page"}},
}

func TestBadInput(t *testing.T) {
	for _, tc := range badInputTests {
		t.Run(tc.desc, func(t *testing.T) {
			dir := t.TempDir()
			for name, content := range tc.files {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			res := Read([]string{filepath.Join(dir, tc.arg)}, tc.opt)
			var got []string
			for _, e := range res.Errors {
				got = append(got, strings.ReplaceAll(e.Error(), dir, "@"))
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %d errors, want %d:\n%s", len(got), len(tc.want), strings.Join(got, "\n"))
			}
			for i, w := range tc.want {
				if !strings.HasPrefix(w, "@") {
					w = "@/" + w
				}
				if !strings.HasPrefix(got[i], w) {
					t.Errorf("error %d\n got  %s\n want %s…", i, got[i], w)
				}
			}
			if len(res.Articles) != tc.wantArticles {
				t.Errorf("got %d articles, want %d", len(res.Articles), tc.wantArticles)
			}
		})
	}
}

func TestUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: permissions do not stop reading")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(path, []byte("Text."), 0o000); err != nil {
		t.Fatal(err)
	}
	res := Read([]string{path}, Options{})
	if len(res.Errors) != 1 || !strings.Contains(res.Errors[0].Error(), "a.txt: cannot read: permission denied") {
		t.Errorf("got %v", res.Errors)
	}
}

// TestBadInputMatrix prints the matrix for docs (go test -run Matrix -v).
func TestBadInputMatrix(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("prints the bad-input matrix with -v")
	}
	for _, tc := range badInputTests {
		dir := t.TempDir()
		for name, content := range tc.files {
			os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644)
		}
		res := Read([]string{filepath.Join(dir, tc.arg)}, tc.opt)
		for _, e := range res.Errors {
			msg := strings.ReplaceAll(strings.ReplaceAll(e.Error(), dir+"/", ""), dir, "FOLDER")
			fmt.Printf("| %s | `%s` |\n", tc.desc, msg)
		}
	}
}
