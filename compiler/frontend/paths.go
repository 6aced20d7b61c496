package frontend

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/internal/diag"
)

// ParsePaths parses files, directories (recursively, every *.yaml, *.yml
// and *.json, in sorted order) and "-" (stdin, reported as "<stdin>").
// I/O problems are PC0001 errors.
func ParsePaths(paths []string, stdin io.Reader, opts Options) ([]*ast.File, diag.List) {
	var files []*ast.File
	var all diag.List
	for _, p := range paths {
		srcs, diags := expand(p)
		all = append(all, diags...)
		for _, name := range srcs {
			var src []byte
			var err error
			if name == "-" {
				name = "<stdin>"
				if stdin == nil {
					err = fmt.Errorf("no standard input")
				} else {
					src, err = io.ReadAll(stdin)
				}
			} else {
				src, err = os.ReadFile(name)
			}
			if err != nil {
				all.Errorf(ast.Pos{File: name}, diag.CodeIO, "cannot read: %v", unwrapPath(err))
				continue
			}
			f, diags := ParseFile(name, src, opts)
			files = append(files, f)
			all = append(all, diags...)
		}
	}
	all = append(all, duplicates(files, false)...)
	return files, all
}

// expand turns one argument into the files to read.
func expand(p string) ([]string, diag.List) {
	var diags diag.List
	if p == "-" {
		return []string{"-"}, nil
	}
	st, err := os.Stat(p)
	if err != nil {
		diags.Errorf(ast.Pos{File: p}, diag.CodeIO, "cannot read: %v", unwrapPath(err))
		return nil, diags
	}
	if !st.IsDir() {
		return []string{p}, nil
	}
	var out []string
	err = filepath.WalkDir(p, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			diags.Errorf(ast.Pos{File: path}, diag.CodeIO, "cannot read: %v", unwrapPath(err))
			return nil
		}
		if !e.IsDir() && isPolicyFile(path) {
			out = append(out, path)
		}
		return nil
	})
	if err != nil {
		diags.Errorf(ast.Pos{File: p}, diag.CodeIO, "walk %s: %v", p, err)
	}
	if len(out) == 0 && !diags.HasErrors() {
		diags.Errorf(ast.Pos{File: p}, diag.CodeNoInput, "directory %s holds no *.yaml, *.yml or *.json files", p)
	}
	slices.Sort(out)
	return out, diags
}

func isPolicyFile(p string) bool {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".yaml", ".yml", ".json":
		return true
	}
	return false
}

// unwrapPath drops the *fs.PathError wrapper whose path we print anyway.
func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}
