window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "bai.shuju@example.com",
      "createdVia" : "web",
      "username" : "bai_shuju",
      "accountId" : "1211568022225720252",
      "createdAt" : "2019-12-30T08:41:41.086Z",
      "accountDisplayName" : "白数据"
    }
  }
]