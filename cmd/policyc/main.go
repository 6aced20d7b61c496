package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

func main() { os.Exit(Main()) }

// Main runs policyc with the process arguments and returns its exit code.
func Main() int {
	return exitCode(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr), os.Stderr)
}

// Exit codes shared by every command.
const (
	exitOK     = 0
	exitPolicy = 1 // policy errors found, expectations failed, verification refused
	exitUsage  = 2 // usage or I/O errors
)

// exitError carries a specific exit code; its message (if any) was already
// printed by the command.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintf(stderr, "policyc: %v\n", ee.err)
		}
		return ee.code
	}
	fmt.Fprintf(stderr, "policyc: %v\n", err)
	return exitUsage
}

// run is the whole CLI, testable in-process.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	root := newRootCmd(stdin, stdout, stderr)
	root.SetArgs(args)
	return root.Execute()
}
