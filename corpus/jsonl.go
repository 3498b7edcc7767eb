package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"
)

// record is one article in JSONL or JSON input. Other fields are ignored.
type record struct {
	ID        json.RawMessage `json:"id"`
	Title     *string         `json:"title"`
	Outlet    *string         `json:"outlet"`
	URL       *string         `json:"url"`
	Published *string         `json:"published"`
	Text      *string         `json:"text"`
}

func (r *record) article(path string, line int, fallbackID string) (*Article, *InputError) {
	if r.Text == nil {
		return nil, inputErr(path, line, `article has no "text" field`)
	}
	if err := checkText(path, line, *r.Text); err != nil {
		err.Line = line // offsets inside a JSON string are not file lines
		if strings.HasPrefix(err.Msg, "empty") {
			err.Msg = `empty "text": no article text`
		}
		return nil, err
	}
	a := &Article{ID: fallbackID, Path: path, Line: line, Raw: *r.Text}
	if id, err := jsonID(r.ID); err != nil {
		return nil, inputErr(path, line, "id: %v", err)
	} else if id != "" {
		a.ID = id
	}
	a.Title, a.Outlet, a.URL = str(r.Title), str(r.Outlet), str(r.URL)
	if p := str(r.Published); p != "" {
		v, err := NormalizeDate(p)
		if err != nil {
			return nil, inputErr(path, line, "published: %v", err)
		}
		a.Published, a.PublishedFrom = v, "published"
	}
	a.build(0)
	if err := a.checkSentences(); err != nil {
		return nil, err
	}
	return a, nil
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return strings.TrimSpace(*p)
}

// jsonID accepts a string or a number.
func jsonID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return strings.TrimSpace(s), nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), nil
	}
	return "", fmt.Errorf("want a string or a number, got %s", raw)
}

// readJSONL reads one article per line. Blank lines are allowed; every bad
// line is reported with its line number and the good lines are still read.
func readJSONL(path string, opt Options) ([]*Article, []*InputError) {
	f, err := os.Open(path)
	if err != nil {
		return nil, []*InputError{inputErr(path, 0, "cannot read: %s", describeOSError(err))}
	}
	defer f.Close()
	return ReadJSONL(path, f, opt)
}

// ReadJSONL reads JSONL articles from r; path names the input in articles
// and errors. Every bad line is reported with its line number and the good
// lines are still read. A line longer than opt's limit is reported and
// skipped without being held in memory.
func ReadJSONL(path string, r io.Reader, opt Options) ([]*Article, []*InputError) {
	max := opt.maxBytes()
	br := bufio.NewReaderSize(r, 64<<10)
	if head, _ := br.Peek(512); bytes.IndexByte(head, 0) >= 0 && !looksUTF16(head) &&
		!bytes.HasPrefix(head, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		i := bytes.IndexByte(head, 0)
		return nil, []*InputError{inputErr(path, 1+bytes.Count(head[:i], []byte{'\n'}), "binary data (NUL byte at offset %d): not a JSONL file", i)}
	}
	if head, _ := br.Peek(512); looksUTF16(head) {
		return nil, []*InputError{inputErr(path, 0, "UTF-16 text without a byte-order mark is not supported: convert it to UTF-8")}
	}
	var arts []*Article
	var errs []*InputError
	stem := idFromPath(path)
	nonblank := 0
	var lineBuf []byte // reused: decoding copies what it keeps
	for line := 1; ; line++ {
		data, tooLong, err := readLine(br, max, lineBuf[:0])
		lineBuf = data
		if err != nil && err != io.EOF {
			errs = append(errs, inputErr(path, line, "cannot read: %v", err))
			break
		}
		if line == 1 {
			if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
				errs = append(errs, inputErr(path, 0, "UTF-16 text is not supported: convert it to UTF-8"))
				break
			}
			data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
		}
		if !tooLong && int64(len(data)) > max {
			tooLong = true
		}
		if tooLong {
			errs = append(errs, inputErr(path, line, "line is larger than the %s limit (raise it with --max-bytes)", humanBytes(max)))
		} else if i := bytes.IndexByte(data, 0); i >= 0 {
			// a binary file: every further line would be garbage too
			errs = append(errs, inputErr(path, line, "binary data (NUL byte at column %d): not a JSONL file; reading of the file stopped", i+1))
			break
		} else if !utf8.Valid(data) {
			errs = append(errs, inputErr(path, line, "invalid UTF-8 at column %d: convert the file to UTF-8", firstInvalid(data)+1))
		} else if len(bytes.TrimSpace(data)) > 0 {
			nonblank++
			if a, ierr := parseJSONLLine(path, line, data, fmt.Sprintf("%s-%d", stem, line)); ierr != nil {
				errs = append(errs, ierr)
			} else {
				arts = append(arts, a)
			}
		}
		if err == io.EOF {
			break
		}
	}
	if nonblank == 0 && len(errs) == 0 {
		errs = append(errs, inputErr(path, 0, "empty: no articles (a .jsonl file holds one article object a line)"))
	}
	return arts, errs
}

// readLine reads one line (without its newline), discarding the rest of a
// line longer than max.
func readLine(br *bufio.Reader, max int64, buf []byte) ([]byte, bool, error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if int64(len(buf)+len(chunk)) <= max+1 {
			buf = append(buf, chunk...)
		} else {
			buf = buf[:0]
			// drain the rest of the line
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			if err != nil && err != io.EOF {
				return nil, true, err
			}
			return nil, true, err
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), false, err
	}
}

func parseJSONLLine(path string, line int, data []byte, fallbackID string) (*Article, *InputError) {
	if !bytes.HasPrefix(bytes.TrimSpace(data), []byte("{")) {
		return nil, inputErr(path, line, "not a JSON object (each line of a .jsonl file is one article object)")
	}
	var r record
	if err := json.Unmarshal(data, &r); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) && strings.Contains(se.Error(), "after top-level value") {
			return nil, inputErr(path, line, "malformed JSON: text after the object")
		}
		return nil, inputErr(path, line, "%s", jsonMsg(err, data))
	}
	return r.article(path, line, fallbackID)
}

// jsonMsg describes a JSON decoding error of data (a JSONL line or a JSON
// file): where the syntax breaks, or which field has the wrong type.
func jsonMsg(err error, data []byte) string {
	var se *json.SyntaxError
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.As(err, &se) && strings.HasPrefix(se.Error(), "unexpected end of JSON input") {
		return "malformed JSON: unexpected end (an unclosed string, object or array)"
	}
	if errors.As(err, &se) {
		// Offset counts the bytes read, the offending one included
		off := max(0, min(int(se.Offset)-1, len(data)))
		col := off - bytes.LastIndexByte(data[:off], '\n')
		return fmt.Sprintf("malformed JSON: %s (column %d)", se.Error(), col)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("field %q: want a %s, got %s", te.Field, te.Type, jsonKind(te.Value))
	}
	return "malformed JSON: " + err.Error()
}

func jsonKind(v string) string {
	switch {
	case v == "array" || v == "object":
		return "an " + v
	case strings.HasPrefix(v, "number"):
		return "a number"
	}
	return "a " + v
}

// parseJSON reads a .json file: one article object or an array of them.
func parseJSON(path string, data []byte) ([]*Article, []*InputError) {
	if err := checkText(path, 1, data); err != nil {
		return nil, []*InputError{err}
	}
	trim := bytes.TrimSpace(data)
	lineOf := func(off int64) int { return 1 + bytes.Count(data[:min(int(off), len(data))], []byte{'\n'}) }
	stem := idFromPath(path)
	if len(trim) > 0 && trim[0] == '[' {
		var raws []json.RawMessage
		if err := json.Unmarshal(data, &raws); err != nil {
			return nil, []*InputError{inputErr(path, errLine(err, lineOf), "%s", jsonMsg(err, data))}
		}
		var arts []*Article
		var errs []*InputError
		// find each element's line for messages
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.Token() // [
		for i := range raws {
			off := int(dec.InputOffset())
			for off < len(data) && strings.IndexByte(" \t\r\n,", data[off]) >= 0 {
				off++
			}
			line := lineOf(int64(off))
			var skip json.RawMessage
			if dec.Decode(&skip) != nil {
				break
			}
			var r record
			if err := json.Unmarshal(raws[i], &r); err != nil {
				errs = append(errs, inputErr(path, line, "article %d: %s", i+1, jsonMsg(err, raws[i])))
				continue
			}
			a, ierr := r.article(path, line, fmt.Sprintf("%s-%d", stem, i+1))
			if ierr != nil {
				ierr.Msg = fmt.Sprintf("article %d: %s", i+1, ierr.Msg)
				errs = append(errs, ierr)
				continue
			}
			arts = append(arts, a)
		}
		if len(raws) == 0 {
			errs = append(errs, inputErr(path, 1, "empty: the array holds no articles"))
		}
		return arts, errs
	}
	var r record
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, []*InputError{inputErr(path, errLine(err, lineOf), "%s", jsonMsg(err, data))}
	}
	a, ierr := r.article(path, 1, stem)
	if ierr != nil {
		return nil, []*InputError{ierr}
	}
	return []*Article{a}, nil
}

func errLine(err error, lineOf func(int64) int) int {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return lineOf(se.Offset)
	}
	return 1
}
