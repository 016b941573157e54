;;; emacs_session.el --- drives Emacs in batch mode with Eglot or lsp-mode  -*- lexical-binding: t; -*-

;; Loads $PMLINT_INIT (the README's set-up snippet for the client, as written), opens
;; $PMLINT_FILE in markdown-mode with pmlint-lsp on exec-path, waits for the server's
;; diagnostics and writes them as JSON to $PMLINT_OUT: the LSP client's name, the diagnostics
;; it received (0-based lines, UTF-16 characters) and the Flymake diagnostics Emacs shows
;; (buffer positions).

;;; Code:

(require 'json)
(require 'cl-lib)
;; An interactive Emacs activates the installed packages (Debian's elpa-* ones too) and their
;; autoloads at start-up; batch mode does not, so do it here.
(package-activate-all)
(require 'markdown-mode nil t)
(unless (fboundp 'markdown-mode)
  (define-derived-mode markdown-mode text-mode "Markdown"))
(add-to-list 'auto-mode-alist '("\\.md\\'" . markdown-mode))
(setq exec-path (cons (file-name-directory (getenv "PMLINT_LSP")) exec-path))
;; lsp-mode asks once per project where its root is; a person answers, here the nearest .git does.
(setq lsp-auto-guess-root t
      lsp-session-file (expand-file-name "lsp-session" (file-name-directory (getenv "PMLINT_OUT"))))
(load (getenv "PMLINT_INIT") nil t)

(defvar pmlint-session-published nil "The diagnostics the client last received, as LSP plists.")

(with-eval-after-load 'eglot
  (cl-defmethod eglot-handle-notification :before
    (_server (_method (eql textDocument/publishDiagnostics)) &key _uri diagnostics &allow-other-keys)
    (setq pmlint-session-published (append diagnostics nil))))

(defun pmlint-session-lsp-mode-published ()
  "The diagnostics lsp-mode holds for the file, as LSP plists."
  (mapcar (lambda (diagnostic)
            (let ((range (lsp:diagnostic-range diagnostic)))
              (cl-flet ((position (p) (list :line (lsp:position-line p) :character (lsp:position-character p))))
                (list :code (lsp:diagnostic-code? diagnostic) :message (lsp:diagnostic-message diagnostic)
                      :range (list :start (position (lsp:range-start range)) :end (position (lsp:range-end range)))))))
          (gethash (file-truename (getenv "PMLINT_FILE")) (lsp-diagnostics t))))

(with-eval-after-load 'lsp-mode
  (add-hook 'lsp-diagnostics-updated-hook
            (lambda () (setq pmlint-session-published (pmlint-session-lsp-mode-published)))))

(defun pmlint-session-server ()
  "The name of the language server the current buffer talks to."
  (cond ((and (fboundp 'eglot-current-server) (eglot-current-server))
         (plist-get (eglot--server-info (eglot-current-server)) :name))
        ((and (fboundp 'lsp-workspaces) (lsp-workspaces))
         (symbol-name (lsp--client-server-id (lsp--workspace-client (car (lsp-workspaces))))))))

(defun pmlint-session-report ()
  "What the session saw, as a JSON-ready plist."
  (let ((buffer (get-file-buffer (getenv "PMLINT_FILE"))))
    (list :server (and buffer (with-current-buffer buffer (pmlint-session-server)))
          :mode (and buffer (symbol-name (buffer-local-value 'major-mode buffer)))
          :published (and pmlint-session-published (vconcat pmlint-session-published))
          :flymake (if buffer
                       (with-current-buffer buffer
                         (vconcat (mapcar (lambda (d)
                                            (list :begin (flymake-diagnostic-beg d)
                                                  :end (flymake-diagnostic-end d)
                                                  :text (flymake-diagnostic-text d)))
                                          (flymake-diagnostics))))
                     []))))

(defun pmlint-session-wait (until deadline)
  "Lets Emacs work until UNTIL returns non-nil or DEADLINE passes. Emacs in batch mode is
never idle, so the idle timers (lsp-deferred starts its server from one) run here."
  (while (and (not (funcall until)) (< (float-time) deadline))
    (dolist (timer (copy-sequence timer-idle-list)) (timer-event-handler timer))
    (accept-process-output nil 0.05)))

(let ((deadline (+ (float-time) 30)))
  (find-file (getenv "PMLINT_FILE"))
  ;; The command loop runs this after each command; eglot-ensure connects from it.
  (run-hooks 'post-command-hook)
  (pmlint-session-wait (lambda () pmlint-session-published) deadline)
  ;; Flymake reports on its own timer; give it a moment to show what the client received.
  (pmlint-session-wait (lambda () (flymake-diagnostics)) deadline)
  (with-temp-file (getenv "PMLINT_OUT")
    (let ((json-encoding-pretty-print nil))
      (insert (json-encode (pmlint-session-report)))))
  (kill-emacs 0))
;;; emacs_session.el ends here
