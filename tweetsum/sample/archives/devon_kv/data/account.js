window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "devon.kv@example.com",
      "createdVia" : "web",
      "username" : "devon_kv",
      "accountId" : "694725821988521704",
      "createdAt" : "2016-02-03T03:35:18.118Z",
      "accountDisplayName" : "Devon Park"
    }
  }
]