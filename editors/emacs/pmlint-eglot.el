;;; pmlint-eglot.el --- pmlint for Markdown postmortems through Eglot  -*- lexical-binding: t; -*-

;; Eglot is built into Emacs 29; on Emacs 26-28 install it from GNU ELPA (or Debian's
;; elpa-eglot). pmlint-lsp must be on `exec-path' (Emacs's copy of PATH).
;;
;; Pick a profile per project in .dir-locals.el; the server asks for the "pmlint" section:
;;   ((markdown-mode . ((eglot-workspace-configuration . (:pmlint (:profile "external"))))))

;;; Code:

(require 'eglot)

(add-to-list 'eglot-server-programs
             '((markdown-mode gfm-mode markdown-ts-mode) . ("pmlint-lsp" "--stdio")))

;; Start pmlint in every Markdown buffer; remove these lines to start it with M-x eglot.
(add-hook 'markdown-mode-hook #'eglot-ensure)
(add-hook 'gfm-mode-hook #'eglot-ensure)

(provide 'pmlint-eglot)
;;; pmlint-eglot.el ends here
