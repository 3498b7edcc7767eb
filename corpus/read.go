package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// DefaultMaxBytes is the default size limit of one input file (and of one
// JSONL line).
const DefaultMaxBytes = 10 << 20

// Options control reading.
type Options struct {
	// MaxBytes limits the size of a file, or of one line of a JSONL file.
	// Zero means DefaultMaxBytes.
	MaxBytes int64
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// Extensions lists the file types Read understands.
var Extensions = []string{".txt", ".md", ".html", ".htm", ".jsonl", ".json"}

func knownExt(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	for _, e := range Extensions {
		if e == ext {
			return true
		}
	}
	return false
}

// Result is what Read found: the articles that were read, every input that
// was rejected, and notes about files passed over (unknown types in a folder).
type Result struct {
	Articles []*Article
	Errors   []*InputError
	Notes    []string
}

// Read reads articles from paths: folders (their article files, sorted by
// name, not recursing), article files, and JSONL or JSON files. It never stops
// at the first bad input: every problem is returned in Result.Errors, naming
// the file and line, and the good articles are still returned. Duplicate
// article ids are errors too. Article order is the order of paths, then file
// name, then line.
func Read(paths []string, opt Options) *Result {
	res := &Result{}
	var files []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			res.Errors = append(res.Errors, inputErr(p, 0, "%s", describeOSError(err)))
			continue
		}
		if !st.IsDir() {
			files = append(files, p)
			continue
		}
		ents, err := os.ReadDir(p)
		if err != nil {
			res.Errors = append(res.Errors, inputErr(p, 0, "cannot list folder: %s", describeOSError(err)))
			continue
		}
		n := 0
		for _, e := range ents {
			name := e.Name()
			if strings.HasPrefix(name, ".") {
				continue
			}
			fp := filepath.Join(p, name)
			if e.IsDir() {
				res.Notes = append(res.Notes, fmt.Sprintf("%s: passed over: a folder (folders are not read recursively)", fp))
				continue
			}
			if !knownExt(name) {
				res.Notes = append(res.Notes, fmt.Sprintf("%s: passed over: not an article file (want %s)", fp, strings.Join(Extensions, ", ")))
				continue
			}
			files = append(files, fp)
			n++
		}
		if n == 0 {
			res.Errors = append(res.Errors, inputErr(p, 0, "folder has no article files (want %s)", strings.Join(Extensions, ", ")))
		}
	}
	seen := map[string]string{}
	for _, f := range files {
		arts, errs := ReadFile(f, opt)
		res.Errors = append(res.Errors, errs...)
		for _, a := range arts {
			where := a.Path
			if a.Line > 1 {
				where = fmt.Sprintf("%s:%d", a.Path, a.Line)
			}
			if prev, dup := seen[a.ID]; dup {
				res.Errors = append(res.Errors, &InputError{Path: a.Path, Line: a.Line, Msg: fmt.Sprintf("duplicate article id %q (first used by %s)", a.ID, prev)})
				continue
			}
			seen[a.ID] = where
			res.Articles = append(res.Articles, a)
		}
	}
	sort.SliceStable(res.Errors, func(i, j int) bool {
		if res.Errors[i].Path != res.Errors[j].Path {
			return res.Errors[i].Path < res.Errors[j].Path
		}
		return res.Errors[i].Line < res.Errors[j].Line
	})
	return res
}

// ReadFile reads the articles of one file. A text, Markdown or HTML file holds
// one article; a JSONL file one per line; a JSON file one object or an array.
func ReadFile(path string, opt Options) ([]*Article, []*InputError) {
	ext := strings.ToLower(filepath.Ext(path))
	if ext == ".jsonl" {
		return readJSONL(path, opt)
	}
	if !knownExt(path) {
		return nil, []*InputError{inputErr(path, 0, "unknown file type %q (want %s)", ext, strings.Join(Extensions, ", "))}
	}
	data, ierr := readLimited(path, opt.maxBytes())
	if ierr != nil {
		return nil, []*InputError{ierr}
	}
	switch ext {
	case ".json":
		return parseJSON(path, data)
	case ".html", ".htm":
		a, err := ParseHTML(path, data)
		if err != nil {
			return nil, []*InputError{err}
		}
		return []*Article{a}, nil
	default:
		a, err := ParseText(path, data)
		if err != nil {
			return nil, []*InputError{err}
		}
		return []*Article{a}, nil
	}
}

func describeOSError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or folder"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return err.Error()
}

func readLimited(path string, max int64) ([]byte, *InputError) {
	f, err := os.Open(path)
	if err != nil {
		return nil, inputErr(path, 0, "cannot read: %s", describeOSError(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, inputErr(path, 0, "cannot read: %s", describeOSError(err))
	}
	if int64(len(data)) > max {
		return nil, inputErr(path, 0, "file is larger than the %s limit (raise it with --max-bytes)", humanBytes(max))
	}
	return data, nil
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d-byte", n)
}

// checkText rejects what is not article text: empty or blank input, binary
// data, UTF-16 and invalid UTF-8. line0 is the line of the file where data
// starts, for the error message; an empty file is reported as a whole (line
// 0 when line0 is 1).
func checkText[T string | []byte](path string, line0 int, data T) *InputError {
	if len(bytes.TrimSpace([]byte(data[:min(len(data), 4096)]))) == 0 && isBlank(data) {
		if len(data) == 0 {
			return inputErr(path, line0-1, "empty: no article text (the file has no bytes)")
		}
		return inputErr(path, line0-1, "empty: no article text (only white space)")
	}
	if len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF) {
		return inputErr(path, line0, "UTF-16 text is not supported: convert it to UTF-8")
	}
	if i := indexByte(data, 0); i >= 0 {
		if looksUTF16([]byte(data[:min(len(data), 512)])) {
			return inputErr(path, line0, "UTF-16 text without a byte-order mark is not supported: convert it to UTF-8")
		}
		return inputErr(path, line0+countByte(data[:i], '\n'), "binary data (NUL byte at offset %d): not a text article", i)
	}
	if !validUTF8(data) {
		i := firstInvalid([]byte(data))
		line := line0 + countByte(data[:i], '\n')
		col := i - (lastIndexByte(data[:i], '\n') + 1) + 1
		return inputErr(path, line, "invalid UTF-8 at byte offset %d (column %d): convert the file to UTF-8", i, col)
	}
	return nil
}

// Helpers that work on both strings and byte slices without copying.

func isBlank[T string | []byte](s T) bool {
	for i := 0; i < len(s); i++ {
		if !isSpace(s[i]) {
			return false
		}
	}
	return true
}

func indexByte[T string | []byte](s T, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func lastIndexByte[T string | []byte](s T, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func countByte[T string | []byte](s T, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

func validUTF8[T string | []byte](s T) bool {
	switch v := any(s).(type) {
	case string:
		return utf8.ValidString(v)
	case []byte:
		return utf8.Valid(v)
	}
	return false
}

// looksUTF16 reports whether text is mostly ASCII stored in two bytes a
// character: NULs at every other offset.
func looksUTF16(b []byte) bool {
	n := min(len(b), 512) &^ 1
	if n < 4 {
		return false
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	half := n / 2
	return even*10 >= half*9 && odd*10 < half || odd*10 >= half*9 && even*10 < half
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// idFromPath is the file name without its extension.
func idFromPath(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}
