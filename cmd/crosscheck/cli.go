package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/corpus"
	"github.com/crosscheck/crosscheck/report"
)

// version is the release of crosscheck; "crosscheck --version" prints it.
const version = "0.1.0"

// exitError carries an exit status through cobra.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

func usageErr(format string, args ...any) error {
	return &exitError{code: 2, msg: fmt.Sprintf(format, args...)}
}

type options struct {
	format   string
	output   string
	skipBad  bool
	maxBytes int64
	frames   string
	workers  int
	all      bool
}

const rootLong = `crosscheck extracts dated factual claims from news articles and compares
them across outlets: who did what, when and where, titles, statuses,
numbers and quotes, each with the exact text it came from. It resolves names
and relative dates across articles and prints a conflict table: each
disagreement, the values side by side, which outlets say what, and a verdict
(conflict, explained, variant) with a reason an editor can check.

Exit status: 0 ok, 1 internal failure, 2 bad usage or rejected input.`

const inputHelp = `PATH is a folder of articles (one story), article files, or a JSONL file.
Articles are .txt or .md (optional YAML front matter: id, title, outlet, url,
published), .html, .jsonl (one article per line: id, title, outlet, url,
published, text) or .json (one article object or an array of them).`

func newRoot(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:           "crosscheck",
		Version:       version,
		Short:         "Compare the factual claims of news articles across outlets",
		Long:          rootLong,
		SilenceUsage:  true,
		SilenceErrors: true,
		Example: `  crosscheck compare examples/warsaw-visits
  crosscheck compare --format markdown -o report.md stories/*.txt
  crosscheck extract --format json articles.jsonl`,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageErr("%v\nRun '%s --help' for usage.", err, c.CommandPath())
	})

	compareCmd := &cobra.Command{
		Use:   "compare [flags] PATH...",
		Short: "Compare the articles of a story and print the conflict table",
		Long: `Compare reads the articles of one story, extracts their claims, resolves
names and dates across them, and prints every disagreement with a verdict:
  conflict   the same thing, at the same time, with incompatible values
  explained  the values differ, but are about different events or times
  variant    two forms of one name (spelling, transliteration)

` + inputHelp,
		Example: `  crosscheck compare examples/warsaw-visits
  crosscheck compare --format json -o report.json ../shared/stories/sharaa-moscow
  crosscheck compare --all --format markdown story/*.md
  crosscheck compare --skip-bad --format csv batch.jsonl`,
	}
	extractCmd := &cobra.Command{
		Use:   "extract [flags] PATH...",
		Short: "Print what was found in each article, without comparing",
		Long: `Extract prints, for each article, its publication date (given or
inferred), its dates, the people, places and things it names, and its claims.
With --format json it writes the report shape of 'compare' with no findings.

` + inputHelp,
		Example: `  crosscheck extract examples/warsaw-visits/1-first-visit.md
  crosscheck extract --format json articles.jsonl > found.json`,
	}
	for _, c := range []*cobra.Command{compareCmd, extractCmd} {
		c.Args = func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErr("%s: no input given\nRun '%s --help' for usage.", cmd.CommandPath(), cmd.CommandPath())
			}
			return nil
		}
	}
	var copt, eopt options
	addFlags := func(c *cobra.Command, o *options, formats string) {
		f := c.Flags()
		f.StringVarP(&o.format, "format", "f", "table", "output format: "+formats)
		f.StringVarP(&o.output, "output", "o", "", "write to `FILE` instead of standard output")
		f.BoolVar(&o.skipBad, "skip-bad", false, "skip inputs that cannot be read (listed on stderr and in the report) instead of stopping")
		f.Int64Var(&o.maxBytes, "max-bytes", corpus.DefaultMaxBytes, "size limit of one input file or JSONL line, in bytes")
		f.StringVar(&o.frames, "frames", "", "add the frames and trigger words of `FILE` (format of claims/data/frames.txt)")
		f.IntVar(&o.workers, "workers", 0, "articles extracted in parallel (0: one per CPU)")
	}
	addFlags(compareCmd, &copt, "table, markdown, csv, json, html")
	compareCmd.Flags().BoolVar(&copt.all, "all", false, "also list facts that only one source reports")
	addFlags(extractCmd, &eopt, "table, markdown, csv, json, html (findings only)")
	compareCmd.RunE = func(cmd *cobra.Command, args []string) error { return runPipeline(cmd, args, copt, true) }
	extractCmd.RunE = func(cmd *cobra.Command, args []string) error { return runPipeline(cmd, args, eopt, false) }
	root.AddCommand(compareCmd, extractCmd)
	return root
}

func run(args []string, stdout, stderr io.Writer) int {
	root := newRoot(stdout, stderr)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		fmt.Fprintln(stderr, "crosscheck: "+ee.msg)
		return ee.code
	}
	if strings.HasPrefix(err.Error(), "unknown command") || strings.HasPrefix(err.Error(), "unknown flag") {
		fmt.Fprintf(stderr, "crosscheck: %v\nRun 'crosscheck --help' for usage.\n", err)
		return 2
	}
	fmt.Fprintln(stderr, "crosscheck: "+err.Error())
	return 1
}

func runPipeline(cmd *cobra.Command, args []string, o options, doCompare bool) error {
	switch o.format {
	case "table", "markdown", "md", "csv", "json", "html":
	default:
		return usageErr("unknown --format %q (want table, markdown, csv, json or html)", o.format)
	}
	lex := claims.DefaultLexicon()
	if o.frames != "" {
		l, err := claims.LoadFrames(o.frames)
		if err != nil {
			return usageErr("--frames: %v", err)
		}
		lex = l
	}
	stderr := cmd.ErrOrStderr()
	res := corpus.Read(args, corpus.Options{MaxBytes: o.maxBytes})
	for _, n := range res.Notes {
		fmt.Fprintln(stderr, "crosscheck: note: "+n)
	}
	if len(res.Errors) > 0 {
		for _, e := range res.Errors {
			if o.skipBad {
				fmt.Fprintln(stderr, "crosscheck: skipped: "+e.Error())
			} else {
				fmt.Fprintln(stderr, "crosscheck: "+e.Error())
			}
		}
		if !o.skipBad {
			return &exitError{code: 2, msg: fmt.Sprintf("%d bad input(s); nothing written (use --skip-bad to go on without them)", len(res.Errors))}
		}
	}
	if len(res.Articles) == 0 {
		return &exitError{code: 2, msg: "no articles to read"}
	}
	xs := claims.ExtractAllProgress(res.Articles, lex, o.workers, progressTo(stderr, len(res.Articles)))
	var story *compare.Story
	if doCompare {
		story = compare.Compare(xs, compare.Options{All: o.all})
	} else {
		story = compare.Entities(xs)
	}
	rep := report.Build(story, res.Errors)
	var buf bytes.Buffer
	var err error
	switch o.format {
	case "json":
		err = report.WriteJSON(&buf, rep)
	case "html":
		err = report.WriteHTML(&buf, rep)
	case "csv":
		if doCompare {
			err = report.WriteCSV(&buf, rep)
		} else {
			err = report.WriteExtractCSV(&buf, rep)
		}
	case "markdown", "md":
		if doCompare {
			err = report.WriteMarkdown(&buf, rep)
		} else {
			err = report.WriteExtract(&buf, rep, true)
		}
	default:
		if doCompare {
			err = report.WriteTable(&buf, rep)
		} else {
			err = report.WriteExtract(&buf, rep, false)
		}
	}
	if err != nil {
		return err
	}
	return writeOutput(cmd.OutOrStdout(), o.output, buf.Bytes())
}

// progressTo reports extraction progress on a terminal for big batches
// ("crosscheck: extracted 4,200 of 10,000 articles"), rewriting one line;
// nothing when stderr is not a terminal or the batch is small.
func progressTo(w io.Writer, total int) func(done, total int) {
	f, ok := w.(*os.File)
	if !ok || total < 200 || !isatty.IsTerminal(f.Fd()) {
		return nil
	}
	step := total / 100
	return func(done, total int) {
		if done%step == 0 || done == total {
			fmt.Fprintf(w, "\rcrosscheck: extracted %d of %d articles", done, total)
			if done == total {
				fmt.Fprintln(w)
			}
		}
	}
}

// writeOutput writes to stdout, or atomically to a file: a failed run never
// leaves a half-written report behind.
func writeOutput(stdout io.Writer, path string, data []byte) error {
	if path == "" || path == "-" {
		_, err := stdout.Write(data)
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".crosscheck-*")
	if err != nil {
		return usageErr("-o %s: %v", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return usageErr("-o %s: %v", path, err)
	}
	return nil
}
