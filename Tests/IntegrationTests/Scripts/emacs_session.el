;;; emacs_session.el --- drives Emacs and Eglot in batch mode  -*- lexical-binding: t; -*-

;; Loads the shipped editors/emacs/pmlint-eglot.el, opens $PMLINT_FILE in markdown-mode with
;; pmlint-lsp on exec-path, waits for the server's diagnostics and writes them as JSON to
;; $PMLINT_OUT: one object per diagnostic with the LSP range (0-based lines, UTF-16
;; characters) and code, plus the Flymake diagnostics Emacs shows (buffer positions).

;;; Code:

(require 'json)
(require 'markdown-mode nil t)
(unless (fboundp 'markdown-mode)
  (define-derived-mode markdown-mode text-mode "Markdown"))
(add-to-list 'auto-mode-alist '("\\.md\\'" . markdown-mode))
(setq exec-path (cons (file-name-directory (getenv "PMLINT_LSP")) exec-path))
(load (expand-file-name "editors/emacs/pmlint-eglot.el" (getenv "PMLINT_REPO")) nil t)

(defvar pmlint-session-published nil "The params of the last publishDiagnostics.")

(cl-defmethod eglot-handle-notification :before
  (_server (_method (eql textDocument/publishDiagnostics)) &key uri diagnostics &allow-other-keys)
  (setq pmlint-session-published (list :uri uri :diagnostics diagnostics)))

(defun pmlint-session-report ()
  "What the session saw, as a JSON-ready plist."
  (let ((buffer (get-file-buffer (getenv "PMLINT_FILE"))))
    (list :server (and buffer (with-current-buffer buffer
                                (let ((server (eglot-current-server)))
                                  (and server (plist-get (eglot--server-info server) :name)))))
          :mode (and buffer (symbol-name (buffer-local-value 'major-mode buffer)))
          :published (if pmlint-session-published
                         (vconcat (plist-get pmlint-session-published :diagnostics))
                       nil)
          :flymake (if buffer
                       (with-current-buffer buffer
                         (vconcat (mapcar (lambda (d)
                                            (list :begin (flymake-diagnostic-beg d)
                                                  :end (flymake-diagnostic-end d)
                                                  :text (flymake-diagnostic-text d)))
                                          (flymake-diagnostics))))
                     []))))

(let ((deadline (+ (float-time) 30)))
  (find-file (getenv "PMLINT_FILE"))
  ;; The command loop runs this after each command; eglot-ensure connects from it.
  (run-hooks 'post-command-hook)
  (while (and (null pmlint-session-published) (< (float-time) deadline))
    (accept-process-output nil 0.05))
  ;; Flymake reports on its own timer; give it a moment to show what Eglot received.
  (while (and pmlint-session-published (null (flymake-diagnostics)) (< (float-time) deadline)
              (> (length (plist-get pmlint-session-published :diagnostics)) 0))
    (accept-process-output nil 0.05))
  (with-temp-file (getenv "PMLINT_OUT")
    (let ((json-encoding-pretty-print nil))
      (insert (json-encode (pmlint-session-report)))))
  (kill-emacs 0))
;;; emacs_session.el ends here
