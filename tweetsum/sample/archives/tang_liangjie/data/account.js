window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "tang.liangjie@example.com",
      "createdVia" : "web",
      "username" : "tang_liangjie",
      "accountId" : "689386238115627342",
      "createdAt" : "2016-01-19T09:57:42.148Z",
      "accountDisplayName" : "唐量化"
    }
  }
]