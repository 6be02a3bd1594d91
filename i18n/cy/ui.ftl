# Y ffenestr: dewislenni, golygfeydd, paneli, modd cyflwyno, hysbysiadau a deialogau.

## Ieithoedd
lang-name = Cymraeg
menu-language = Iaith
