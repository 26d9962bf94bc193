window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "750878350246334823",
    "userName" : "wangyu_dev",
    "displayName" : "王宇 写代码的"
  },
  "archiveInfo" : {
    "sizeBytes" : "15455",
    "generationDate" : "2026-01-23T00:00:00.000Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "dataTypes" : {
    "account" : {
      "files" : [
        {
          "fileName" : "data/account.js",
          "globalName" : "YTD.account.part0",
          "count" : "1"
        }
      ]
    },
    "tweets" : {
      "files" : [
        {
          "fileName" : "data/tweets.js",
          "globalName" : "YTD.tweets.part0",
          "count" : "10"
        }
      ]
    },
    "noteTweet" : {
      "files" : []
    }
  }
}